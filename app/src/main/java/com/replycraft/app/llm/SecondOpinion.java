package com.replycraft.app.llm;

import com.replycraft.scoring.Dimension;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The LLM's opinion of a draft, shown beside the rule scores and labelled as the LLM's; it never
 * replaces or hides a rule finding.
 *
 * @param dimensions empty when the LLM was not used, then {@code notice} says why
 */
public record SecondOpinion(List<Opinion> dimensions, @Nullable String notice) {

  public SecondOpinion {
    dimensions = List.copyOf(dimensions);
  }

  public boolean available() {
    return !dimensions.isEmpty();
  }

  /** One dimension: a score 0 to 100 (null when the model found it does not apply). */
  public record Opinion(Dimension dimension, @Nullable Integer score, String rationale) {}
}
