/**
 * Calibration: several reviewers rate the same conversations on one scorecard version, blind to
 * each other, and see how far they agree — per category percent agreement and Krippendorff's alpha,
 * the auto-QA's agreement with them, and the conversations they disagreed on most. {@link
 * com.replycraft.app.review.calibration.AgreementStatistics} is the framework-free statistics.
 */
@NullMarked
package com.replycraft.app.review.calibration;

import org.jspecify.annotations.NullMarked;
