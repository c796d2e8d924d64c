package com.replycraft.app.review.calibration;

import com.replycraft.app.review.scorecard.ScorecardCategory;
import org.jspecify.annotations.Nullable;

/**
 * How far the reviewers agreed on one category.
 *
 * @param percentAgreement share of agreeing pairs of reviewer ratings of the same conversation, or
 *     null when no conversation has two
 * @param notApplicable how many reviewer ratings were N/A (they take no part)
 * @param autoPercentAgreement share of (auto-QA, reviewer) pairs that agree; null for a custom
 *     category or without pairs
 * @param autoAlpha mean over reviewers of alpha between the auto-QA and that reviewer; null for a
 *     custom category (the auto-QA does not rate it)
 */
public record CategoryResult(
    ScorecardCategory category,
    Metric metric,
    @Nullable Double percentAgreement,
    Alpha alpha,
    int notApplicable,
    @Nullable Double autoPercentAgreement,
    @Nullable Alpha autoAlpha) {}
