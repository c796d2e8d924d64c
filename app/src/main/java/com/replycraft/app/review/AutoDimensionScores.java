package com.replycraft.app.review;

import com.replycraft.app.conversation.ThreadAudit;
import com.replycraft.app.conversation.ThreadAuditor;
import com.replycraft.app.conversation.ThreadMessage;
import com.replycraft.app.conversation.ThreadSnapshot;
import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.Scores;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The auto score of each dimension for a conversation, exactly as a review pre-fills its ratings
 * from it: the mean over the reviewed agent's audited messages (a thread never imported is audited
 * in memory, as the review screen does). Calibration compares reviewers with the auto-QA through
 * the same numbers.
 */
@Component
public class AutoDimensionScores {

  private final ThreadAuditor auditor;

  AutoDimensionScores(ThreadAuditor auditor) {
    this.auditor = auditor;
  }

  /** Dimension → 0–100; a dimension no message owed (a wait to acknowledge) is absent. */
  public Map<Dimension, Integer> of(ThreadSnapshot thread) {
    Map<Integer, Scores> scores = new LinkedHashMap<>();
    for (ThreadMessage m : thread.messages()) {
      if (m.scores() != null) {
        scores.put(m.position(), m.scores());
      }
    }
    if (scores.isEmpty()) {
      ThreadAudit audit = auditor.audit(thread.channel(), thread.customer(), thread.thread());
      for (ThreadAudit.MessageAudit m : audit.messages()) {
        scores.put(thread.messages().get(m.index()).position(), m.scores());
      }
    }
    return AutoQaReader.meanScores(
        thread.messages(), scores, ReviewService.reviewedAgentId(thread));
  }
}
