package com.replycraft.app.review;

import com.replycraft.app.conversation.ThreadSnapshot;
import com.replycraft.scoring.Dimension;
import java.util.Map;

/**
 * The auto score of each dimension for a conversation, exactly as a review pre-fills its ratings
 * from it: the mean over the reviewed agent's audited messages. Calibration compares reviewers with
 * the auto-QA through the same numbers.
 */
public final class AutoDimensionScores {

  private AutoDimensionScores() {}

  /** Dimension → 0–100; a dimension no message owed (a wait to acknowledge) is absent. */
  public static Map<Dimension, Integer> of(ThreadSnapshot thread) {
    return AutoQaReader.meanScores(thread.messages(), ReviewService.reviewedAgentId(thread));
  }
}
