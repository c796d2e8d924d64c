/**
 * The seam every rule plugs into: {@link com.replycraft.scoring.check.Check} judges one reply in
 * its context, {@link com.replycraft.scoring.check.ThreadCheck} a whole transcript; {@link
 * com.replycraft.scoring.check.Checks} is the one explicit list. Each check declares wrong/fixed
 * examples that one generic test runs.
 */
@NullMarked
package com.replycraft.scoring.check;

import org.jspecify.annotations.NullMarked;
