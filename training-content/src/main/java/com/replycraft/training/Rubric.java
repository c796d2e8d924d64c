package com.replycraft.training;

import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.FindingCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a passing reply must do: raise none of {@code mustNotHave}, reach every {@code minScores},
 * contain every element of {@code requires}.
 */
public record Rubric(
    List<FindingCode> mustNotHave, Map<Dimension, Integer> minScores, List<Element> requires) {

  public Rubric {
    mustNotHave = List.copyOf(mustNotHave);
    minScores = Map.copyOf(minScores);
    requires = List.copyOf(requires);
  }

  /** Every criterion, in a stable order: absent findings, minimum scores, required elements. */
  public List<Criterion> criteria() {
    List<Criterion> criteria = new ArrayList<>();
    mustNotHave.forEach(code -> criteria.add(new Criterion.Absent(code)));
    for (Dimension dimension : Dimension.values()) {
      Integer min = minScores.get(dimension);
      if (min != null) {
        criteria.add(new Criterion.MinScore(dimension, min));
      }
    }
    requires.forEach(element -> criteria.add(new Criterion.Requires(element)));
    return List.copyOf(criteria);
  }

  /** The names mistake notes may refer to. */
  public Set<String> keys() {
    return criteria().stream().map(Criterion::key).collect(Collectors.toUnmodifiableSet());
  }
}
