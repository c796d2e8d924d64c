package com.replycraft.scoring;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.replycraft.scoring.escalation.EscalationAdvice;
import com.replycraft.scoring.thread.WaitInfo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The scorer's answer (SCORING.md "Response"). */
@JsonPropertyOrder({"id", "scores", "findings", "escalation", "wait", "metrics"})
public record ScoreResult(
    @Nullable String id,
    Scores scores,
    List<Finding> findings,
    EscalationAdvice escalation,
    @com.fasterxml.jackson.annotation.JsonProperty("wait") WaitInfo waitInfo,
    Metrics metrics) {

  public ScoreResult {
    findings = List.copyOf(findings);
  }

  public boolean has(FindingCode code) {
    return findings.stream().anyMatch(f -> f.code() == code);
  }

  public List<Finding> findings(FindingCode code) {
    return findings.stream().filter(f -> f.code() == code).toList();
  }
}
