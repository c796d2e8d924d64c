package com.replycraft.training;

import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.FindingCode;
import java.util.Objects;

/**
 * One thing a rubric checks. Its {@link #key()} (a finding code, a dimension or an element name) is
 * what a mistake note's {@code codes:} refer to.
 */
public sealed interface Criterion permits Criterion.Absent, Criterion.MinScore, Criterion.Requires {

  /** The name a mistake note uses to say it is about this criterion. */
  String key();

  /** One line for a trainer or an agent. */
  String description();

  /** The reply must raise no finding with this code. */
  record Absent(FindingCode code) implements Criterion {
    public Absent {
      Objects.requireNonNull(code, "code");
    }

    @Override
    public String key() {
      return code.name();
    }

    @Override
    public String description() {
      return "no " + code.name() + " finding";
    }
  }

  /** The dimension score must reach {@code min} (0–100). */
  record MinScore(Dimension dimension, int min) implements Criterion {
    public MinScore {
      Objects.requireNonNull(dimension, "dimension");
      if (min < 0 || min > 100) {
        throw new IllegalArgumentException("min must be 0..100, was " + min);
      }
    }

    @Override
    public String key() {
      return dimension.name();
    }

    @Override
    public String description() {
      return dimension.name() + " score at least " + min;
    }
  }

  /** The reply must contain the element. */
  record Requires(Element element) implements Criterion {
    public Requires {
      Objects.requireNonNull(element, "element");
    }

    @Override
    public String key() {
      return element.name();
    }

    @Override
    public String description() {
      return element.description();
    }
  }
}
