/**
 * The conversation's facts: channels and what each expects of a reply, authors, messages, the
 * customer, per-request policy and the wait the customer lived through.
 */
@NullMarked
package com.replycraft.scoring.thread;

import org.jspecify.annotations.NullMarked;
