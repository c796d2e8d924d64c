/**
 * Scorecards: the categories a QA reviewer rates a conversation on, each mapped to one of the
 * scorer's five dimensions or custom, with a weight, a rating scale and a critical flag. Scorecards
 * are versioned: publishing an edit creates a new immutable {@link
 * com.replycraft.app.review.scorecard.ScorecardVersion}, and a review keeps the version it was made
 * with. {@link com.replycraft.app.review.scorecard.ScoreCalculator} is the framework-free review
 * score rule; {@link com.replycraft.app.review.scorecard.ScorecardService} reads and publishes.
 */
@NullMarked
package com.replycraft.app.review.scorecard;

import org.jspecify.annotations.NullMarked;
