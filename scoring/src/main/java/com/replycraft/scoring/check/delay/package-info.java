/**
 * DELAY_ACKNOWLEDGEMENT checks: a reply after a breached wait must own the wait early, and must not
 * restart the conversation as if it were fresh.
 */
@NullMarked
package com.replycraft.scoring.check.delay;

import org.jspecify.annotations.NullMarked;
