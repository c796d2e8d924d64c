package com.replycraft.app.review.calibration;

import java.util.List;

/**
 * How far apart the reviewers' ratings of one conversation were: what to discuss first.
 *
 * @param spread mean over its categories of the range of ratings as a share of the scale (0 = all
 *     alike, 1 = from the lowest to the highest point)
 * @param ranges the categories the reviewers did not agree on, widest first, e.g. "Tone: 1–4"
 */
public record ConversationSpread(
    long conversationId, String label, double spread, List<String> ranges) {

  public ConversationSpread {
    ranges = List.copyOf(ranges);
  }
}
