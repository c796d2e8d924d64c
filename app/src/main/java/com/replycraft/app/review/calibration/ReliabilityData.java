package com.replycraft.app.review.calibration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Krippendorff's reliability data matrix: one row per unit (a conversation, for one category), one
 * column per rater, each cell a point on the scale or null when the rater gave no value (missing,
 * or marked not applicable — N/A is not a point on the scale, so it takes no part in agreement).
 */
public final class ReliabilityData {

  private final int raters;
  private final List<List<@Nullable Integer>> units = new ArrayList<>();

  public ReliabilityData(int raters) {
    if (raters < 1) {
      throw new IllegalArgumentException("reliability data needs at least one rater");
    }
    this.raters = raters;
  }

  /** Adds one unit: the value of each rater in rater order, null where a rater gave none. */
  @SafeVarargs
  public final ReliabilityData unit(@Nullable Integer... values) {
    return unit(java.util.Arrays.asList(values));
  }

  /** Adds one unit: the value of each rater in rater order, null where a rater gave none. */
  public ReliabilityData unit(List<@Nullable Integer> values) {
    if (values.size() != raters) {
      throw new IllegalArgumentException(
          "a unit needs one value per rater (" + raters + "), got " + values.size());
    }
    units.add(Collections.unmodifiableList(new ArrayList<>(values)));
    return this;
  }

  public int raters() {
    return raters;
  }

  public List<List<@Nullable Integer>> units() {
    return Collections.unmodifiableList(units);
  }

  /** The non-missing values of each unit that has at least two of them: what can be compared. */
  List<List<Integer>> pairableUnits() {
    List<List<Integer>> pairable = new ArrayList<>();
    for (List<@Nullable Integer> unit : units) {
      List<Integer> values = new ArrayList<>();
      for (Integer value : unit) {
        if (value != null) {
          values.add(value);
        }
      }
      if (values.size() >= 2) {
        pairable.add(values);
      }
    }
    return pairable;
  }
}
