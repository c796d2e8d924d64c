package com.replycraft.app.review;

import com.fasterxml.jackson.core.type.TypeReference;
import com.replycraft.app.conversation.ThreadMessage;
import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.Finding;
import com.replycraft.scoring.Scores;
import com.replycraft.scoring.escalation.EscalationAdvice;
import com.replycraft.scoring.json.ScoringJson;
import com.replycraft.scoring.thread.Author;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Reads the stored auto-QA (SCORING.md JSON) back for the review screen. */
final class AutoQaReader {

  private static final ScoringJson JSON = new ScoringJson();
  private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {};

  private AutoQaReader() {}

  static List<Finding> findings(@Nullable String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      return JSON.mapper().readValue(json, FINDINGS);
    } catch (Exception unreadable) {
      // An old or hand-edited row must not stop the review; the transcript still shows.
      return List.of();
    }
  }

  static @Nullable EscalationAdvice escalation(@Nullable String json) {
    if (json == null || json.isBlank()) {
      return null;
    }
    try {
      return JSON.mapper().readValue(json, EscalationAdvice.class);
    } catch (Exception unreadable) {
      return null;
    }
  }

  /**
   * The auto score of each dimension over the audited messages of one agent (all audited messages
   * when the agent wrote none): the rounded mean; a dimension no message owed (delay) is absent.
   *
   * @param scores the audited messages' scores by position
   */
  static Map<Dimension, Integer> meanScores(
      List<ThreadMessage> messages, Map<Integer, Scores> scores, @Nullable String agentId) {
    List<Scores> audited =
        messages.stream()
            .filter(m -> m.author() != Author.CUSTOMER && scores.containsKey(m.position()))
            .map(m -> scores.get(m.position()))
            .toList();
    List<Scores> own =
        messages.stream()
            .filter(m -> agentId != null && agentId.equals(m.agentId()))
            .filter(m -> scores.containsKey(m.position()))
            .map(m -> scores.get(m.position()))
            .toList();
    List<Scores> basis = own.isEmpty() ? audited : own;
    Map<Dimension, Integer> means = new EnumMap<>(Dimension.class);
    for (Dimension d : Dimension.values()) {
      List<Integer> values = basis.stream().map(s -> s.of(d)).filter(Objects::nonNull).toList();
      if (!values.isEmpty()) {
        means.put(
            d, (int) Math.round(values.stream().mapToInt(Integer::intValue).average().orElse(0)));
      }
    }
    return means;
  }
}
