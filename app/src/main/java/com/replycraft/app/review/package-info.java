/**
 * QA review of imported transcripts. This increment: streaming, batched import of help-desk exports
 * (CSV, one row per message, and JSONL, one SCORING.md request per line) into the one thread model
 * of {@code conversation}, with every rejected row reported by line and reason, and the auto-QA of
 * every imported conversation by the scorer in audit mode. {@link
 * com.replycraft.app.review.ImportService} is the entry point for views and endpoints.
 */
@NullMarked
package com.replycraft.app.review;

import org.jspecify.annotations.NullMarked;
