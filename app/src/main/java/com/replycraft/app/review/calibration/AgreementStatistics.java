package com.replycraft.app.review.calibration;

import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.jspecify.annotations.Nullable;

/**
 * Agreement between raters, framework-free: percent agreement and Krippendorff's alpha (computed by
 * DKPro Statistics).
 *
 * <p>Both look only at units rated by at least two raters, and only at values (missing ratings and
 * N/A take no part), as Krippendorff's alpha does by definition.
 */
public final class AgreementStatistics {

  private AgreementStatistics() {}

  /**
   * The share of agreeing pairs among all pairs of values given to the same unit: with values 3, 3,
   * 4 on one unit and 2, 2 on another, 2 of 4 pairs agree (50%). Empty when no unit has two values.
   */
  public static OptionalDouble percentAgreement(ReliabilityData data) {
    long pairs = 0;
    long agreeing = 0;
    for (List<Integer> unit : data.pairableUnits()) {
      for (int i = 0; i < unit.size(); i++) {
        for (int j = i + 1; j < unit.size(); j++) {
          pairs++;
          if (unit.get(i).equals(unit.get(j))) {
            agreeing++;
          }
        }
      }
    }
    return pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) agreeing / pairs);
  }

  /**
   * Krippendorff's alpha of the data at the given level of measurement. Undefined (never an
   * exception) when no unit has two values, or when every pairable value is the same: alpha is then
   * 0/0 — raters who all give "5" to everything may agree, or may not discriminate at all, and the
   * data cannot tell which.
   */
  public static Alpha alpha(ReliabilityData data, Metric metric) {
    List<List<Integer>> pairable = data.pairableUnits();
    int values = pairable.stream().mapToInt(List::size).sum();
    if (pairable.isEmpty()) {
      return Alpha.undefined("no conversation was rated by two reviewers", 0);
    }
    Set<Integer> distinct = new HashSet<>();
    pairable.forEach(distinct::addAll);
    if (distinct.size() < 2) {
      return Alpha.undefined(
          "every rating was "
              + distinct.iterator().next()
              + ", so there is no variation to measure",
          values);
    }
    // Units with fewer than two values are left out before DKPro sees them: they carry no
    // information about agreement, and its ordinal distance would otherwise count them.
    CodingAnnotationStudy study = new CodingAnnotationStudy(data.raters());
    for (List<@Nullable Integer> unit : data.units()) {
      if (unit.stream().filter(v -> v != null).count() >= 2) {
        study.addItemAsArray(unit.toArray());
      }
    }
    double alpha = new KrippendorffAlphaAgreement(study, metric.distance()).calculateAgreement();
    return Alpha.of(alpha, values);
  }
}
