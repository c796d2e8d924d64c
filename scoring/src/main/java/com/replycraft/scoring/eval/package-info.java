/**
 * The evaluation harness: scores public labelled datasets kept outside the repository and reports
 * each dimension's metric beside the published reference, tuning thresholds on dev only.
 */
@NullMarked
package com.replycraft.scoring.eval;

import org.jspecify.annotations.NullMarked;
