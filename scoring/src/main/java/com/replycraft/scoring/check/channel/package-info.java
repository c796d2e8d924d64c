/**
 * CHANNEL_FIT checks: live-chat language on a queue, no response window, re-verifying an
 * authenticated customer, asking for what they already gave, rigid input formats, no call offered
 * when the thread needs one, and the response-time disclosure arriving too late.
 */
@NullMarked
package com.replycraft.scoring.check.channel;

import org.jspecify.annotations.NullMarked;
