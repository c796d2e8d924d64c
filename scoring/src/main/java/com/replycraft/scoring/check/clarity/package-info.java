/**
 * CLARITY checks: readability and sentence length for the channel, walls of text, unanswered
 * questions, placeholders left in, vague timeframes and a missing next step.
 */
@NullMarked
package com.replycraft.scoring.check.clarity;

import org.jspecify.annotations.NullMarked;
