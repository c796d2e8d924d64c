package com.replycraft.app.compose;

import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Severity;
import java.util.List;

/**
 * A template filled from the thread and scored as the draft it would become.
 *
 * @param gaps details only the agent knows (an order number, a date), left in the text as {@code
 *     [order number]} for the agent to fill in
 */
public record Suggestion(
    String templateId, String title, String text, List<String> gaps, ScoreResult result) {

  public Suggestion {
    gaps = List.copyOf(gaps);
  }

  public long criticalCount() {
    return result.findings().stream().filter(f -> f.severity() == Severity.CRITICAL).count();
  }
}
