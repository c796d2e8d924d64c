package com.replycraft.app.review.calibration;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Krippendorff's alpha for one set of reliability data, or why it is undefined.
 *
 * @param value 1 = perfect agreement, 0 = agreement no better than chance, below 0 = systematic
 *     disagreement; null when undefined
 * @param pairableValues how many values took part (values of units rated by two raters or more)
 * @param undefinedBecause why there is no value, for people; null when there is one
 */
public record Alpha(@Nullable Double value, int pairableValues, @Nullable String undefinedBecause) {

  /** Krippendorff's convention (Content Analysis, 2nd ed., 2004, p. 241): rely on α ≥ .800. */
  public static final double RELIABLE = 0.8;

  /** ... and draw only tentative conclusions from .667 ≤ α < .800. */
  public static final double TENTATIVE = 2.0 / 3.0;

  static Alpha of(double value, int pairableValues) {
    return new Alpha(value, pairableValues, null);
  }

  static Alpha undefined(String because, int pairableValues) {
    return new Alpha(null, pairableValues, because);
  }

  public boolean defined() {
    return value != null;
  }

  /** The value to three decimals ("0.743"), or "–" when undefined. */
  public String formatted() {
    return value == null ? "–" : String.format(Locale.ROOT, "%.3f", value);
  }

  /** What the value means, by Krippendorff's convention. */
  public String interpretation() {
    if (value == null) {
      return "Undefined: " + undefinedBecause;
    }
    if (value >= RELIABLE) {
      return "Reliable (α ≥ 0.8)";
    }
    if (value >= TENTATIVE) {
      return "Tentative (0.667 ≤ α < 0.8): usable with care";
    }
    return "Discuss (α < 0.667): reviewers do not yet apply this category alike";
  }
}
