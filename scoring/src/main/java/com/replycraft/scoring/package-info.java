/**
 * The scorer: a request (a draft in its thread, or a thread to audit) in, an explained judgement
 * out. {@link com.replycraft.scoring.Scorer} is the facade; the records here are the scoring
 * contract's request, response, findings, scores and metrics, and {@link
 * com.replycraft.scoring.ScoreRule} is the one rule that turns findings into scores.
 * Framework-free, so a help desk plug-in, a stream processor or a batch job can embed it.
 */
@NullMarked
package com.replycraft.scoring;

import org.jspecify.annotations.NullMarked;
