/**
 * Text analysis done once per message: sentences (ICU4J), tokens with offsets, negation and
 * quotation scopes, questions, specifics, readability, plus the shared helpers the checks compare
 * texts with (content words, time expressions) and per-text memos of lexicon matches.
 */
@NullMarked
package com.replycraft.scoring.text;

import org.jspecify.annotations.NullMarked;
