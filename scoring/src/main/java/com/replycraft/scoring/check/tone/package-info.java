/**
 * TONE checks: blame, brush-offs, shouting, cheerfulness that clashes with an upset customer,
 * refusals with no way forward and curt demands.
 */
@NullMarked
package com.replycraft.scoring.check.tone;

import org.jspecify.annotations.NullMarked;
