package com.replycraft.scoring.thread;

import java.time.Duration;

/**
 * What a channel expects of a reply. A messaging reply should be shorter and simpler than an email,
 * so the readability and length checks read their limits from here.
 *
 * @param responseTarget default response target when the request's policy gives none
 * @param maxReadingGrade a reply harder than this US school grade is HARD_TO_READ
 * @param longSentenceWords a sentence with more words than this is LONG_SENTENCE
 * @param wallOfTextWords a paragraph with more words than this, and no breaks, is WALL_OF_TEXT
 * @param async whether the channel is run as a queue (live-chat language misleads there)
 */
public record ChannelProfile(
    Duration responseTarget,
    double maxReadingGrade,
    int longSentenceWords,
    int wallOfTextWords,
    boolean async) {}
