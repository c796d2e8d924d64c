/**
 * The command line: {@code score} streams JSONL requests to JSONL responses, {@code evaluate}
 * measures the scorer on public labelled data.
 */
@NullMarked
package com.replycraft.scoring.cli;

import org.jspecify.annotations.NullMarked;
