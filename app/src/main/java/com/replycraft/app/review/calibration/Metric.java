package com.replycraft.app.review.calibration;

import org.dkpro.statistics.agreement.distance.IDistanceFunction;
import org.dkpro.statistics.agreement.distance.IntervalDistanceFunction;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;
import org.dkpro.statistics.agreement.distance.OrdinalDistanceFunction;

/**
 * The level of measurement Krippendorff's alpha weighs disagreements by: how far apart two values
 * are.
 */
public enum Metric {
  /** Any two different values are equally far apart (δ² = 1): yes/no categories. */
  NOMINAL(new NominalDistanceFunction()),
  /**
   * Ranks: the distance between two values grows with how many values were given in between them,
   * so it depends on how the values are distributed.
   */
  ORDINAL(new OrdinalDistanceFunction()),
  /** Equally spaced numbers: δ² = (a − b)². */
  INTERVAL(new IntervalDistanceFunction());

  private final IDistanceFunction distance;

  Metric(IDistanceFunction distance) {
    this.distance = distance;
  }

  IDistanceFunction distance() {
    return distance;
  }
}
