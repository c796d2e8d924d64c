/**
 * EMPATHY checks: recognising what the customer feels, stock empathy and templated replies with
 * nothing of this customer in them, personalisation, and owning the problem instead of deflecting
 * it.
 */
@NullMarked
package com.replycraft.scoring.check.empathy;

import org.jspecify.annotations.NullMarked;
