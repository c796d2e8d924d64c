/**
 * The escalation advisor: reads the customer's messages and the thread's shape, and advises staying
 * in writing, offering a call or live chat, or escalating now, with reasons, evidence, a confidence
 * and an offer sentence for the composer.
 */
@NullMarked
package com.replycraft.scoring.escalation;

import org.jspecify.annotations.NullMarked;
