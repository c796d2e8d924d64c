package com.replycraft.training;

import com.replycraft.scoring.ScoreResult;
import java.util.List;

/**
 * The graded attempt: pass or "not yet", each criterion's result, the scorer's full result with its
 * findings, the model reply (shown after submission) and the exercise's own notes for what went
 * wrong.
 *
 * @param feedback the exercise's mistake notes matching the failed criteria, most relevant first;
 *     empty when the attempt passed
 */
public record Grade(
    String exerciseId,
    String attempt,
    boolean passed,
    List<CriterionResult> criteria,
    ScoreResult score,
    String modelReply,
    List<Mistake> feedback) {

  public Grade {
    criteria = List.copyOf(criteria);
    feedback = List.copyOf(feedback);
  }

  /** "pass" or "not yet": a training attempt never "fails". */
  public String verdict() {
    return passed ? "pass" : "not yet";
  }

  public List<CriterionResult> failed() {
    return criteria.stream().filter(c -> !c.passed()).toList();
  }

  /** Whether the attempt failed the criterion with this key (a code, dimension or element name). */
  public boolean failed(String key) {
    return failed().stream().anyMatch(c -> c.criterion().key().equals(key));
  }
}
