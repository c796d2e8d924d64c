package com.replycraft.training;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.text.Span;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How an attempt did on one rubric criterion.
 *
 * @param detail one sentence for the agent: what was found or missing
 * @param findings the scorer's findings behind the result (to highlight in the attempt)
 * @param evidence where a required element was found in the attempt, when it was
 */
public record CriterionResult(
    Criterion criterion,
    boolean passed,
    String detail,
    List<Finding> findings,
    @Nullable Span evidence) {

  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(detail, "detail");
    findings = List.copyOf(findings);
  }
}
