package com.replycraft.app.review.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AgreementStatisticsTest {

  /**
   * Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), example C: four observers,
   * twelve units, missing values. Unit 12 has a single value and is not pairable.
   */
  private static ReliabilityData krippendorff2011() {
    return new ReliabilityData(4)
        .unit(1, 1, null, 1)
        .unit(2, 2, 3, 2)
        .unit(3, 3, 3, 3)
        .unit(3, 3, 3, 3)
        .unit(2, 2, 2, 2)
        .unit(1, 2, 3, 4)
        .unit(4, 4, 4, 4)
        .unit(1, 1, 2, 1)
        .unit(2, 2, 2, 2)
        .unit(null, 5, 5, 5)
        .unit(null, null, 1, 1)
        .unit(null, 3, null, null);
  }

  /** The example of Wikipedia's "Krippendorff's alpha" article: three coders, fifteen units. */
  private static ReliabilityData wikipedia() {
    return new ReliabilityData(3)
        .unit(null, 1, null)
        .unit(null, null, null)
        .unit(null, 2, 2)
        .unit(null, 1, 1)
        .unit(null, 3, 3)
        .unit(3, 3, 4)
        .unit(4, 4, 4)
        .unit(1, 3, null)
        .unit(2, null, 2)
        .unit(1, null, 1)
        .unit(1, null, 1)
        .unit(3, null, 3)
        .unit(3, null, 3)
        .unit(null, null, null)
        .unit(3, null, 4);
  }

  // Published values: the textbook example at three levels of measurement.

  @Test
  void matches_krippendorffs_own_nominal_value() {
    Alpha alpha = AgreementStatistics.alpha(krippendorff2011(), Metric.NOMINAL);
    assertThat(alpha.value()).isCloseTo(0.743, within(0.0005));
    assertThat(alpha.pairableValues()).isEqualTo(40);
  }

  @Test
  void matches_krippendorffs_own_ordinal_value() {
    assertThat(AgreementStatistics.alpha(krippendorff2011(), Metric.ORDINAL).value())
        .isCloseTo(0.815, within(0.0005));
  }

  @Test
  void matches_krippendorffs_own_interval_value() {
    assertThat(AgreementStatistics.alpha(krippendorff2011(), Metric.INTERVAL).value())
        .isCloseTo(0.849, within(0.0005));
  }

  @Test
  void matches_the_wikipedia_nominal_and_interval_values() {
    assertThat(AgreementStatistics.alpha(wikipedia(), Metric.NOMINAL).value())
        .isCloseTo(0.691, within(0.0005));
    assertThat(AgreementStatistics.alpha(wikipedia(), Metric.INTERVAL).value())
        .isCloseTo(0.811, within(0.0005));
  }

  // Hand-computed small cases.

  @Test
  void two_agreeing_units_and_one_split_give_four_ninths_nominal() {
    // n = 6 values, three 1s and three 2s; one disagreeing pair counted both ways: Do = 2/6;
    // De = 2·3·3 / (6·5) = 0.6; alpha = 1 − (1/3)/0.6 = 4/9.
    ReliabilityData data = new ReliabilityData(2).unit(1, 1).unit(2, 2).unit(1, 2);
    assertThat(AgreementStatistics.alpha(data, Metric.NOMINAL).value())
        .isCloseTo(4.0 / 9.0, within(1e-9));
  }

  @Test
  void interval_weighs_a_far_miss_more_than_a_near_one() {
    // The same values, paired differently: two misses by one point, or by four and two points.
    ReliabilityData near =
        new ReliabilityData(2).unit(1, 1).unit(2, 2).unit(4, 4).unit(5, 5).unit(1, 2).unit(4, 5);
    ReliabilityData far =
        new ReliabilityData(2).unit(1, 1).unit(2, 2).unit(4, 4).unit(5, 5).unit(1, 5).unit(2, 4);
    // Nominal: a miss is a miss, whatever the distance.
    assertThat(AgreementStatistics.alpha(near, Metric.NOMINAL).value())
        .isCloseTo(AgreementStatistics.alpha(far, Metric.NOMINAL).value(), within(1e-9));
    assertThat(AgreementStatistics.alpha(near, Metric.INTERVAL).value())
        .isGreaterThan(AgreementStatistics.alpha(far, Metric.INTERVAL).value());
  }

  @ParameterizedTest
  @EnumSource(Metric.class)
  void perfect_agreement_is_one(Metric metric) {
    ReliabilityData data =
        new ReliabilityData(3).unit(1, 1, 1).unit(2, 2, null).unit(5, 5, 5).unit(3, 3, 3);
    Alpha alpha = AgreementStatistics.alpha(data, metric);
    assertThat(alpha.value()).isEqualTo(1.0);
    assertThat(alpha.interpretation()).startsWith("Reliable");
  }

  @Test
  void systematic_disagreement_is_below_zero() {
    // Every unit split the same way round: nominal Do = 1, De = 2·2·2/(4·3) = 2/3, alpha = −0.5.
    ReliabilityData data = new ReliabilityData(2).unit(1, 2).unit(2, 1);
    assertThat(AgreementStatistics.alpha(data, Metric.NOMINAL).value())
        .isCloseTo(-0.5, within(1e-9));
    ReliabilityData opposite = new ReliabilityData(2).unit(1, 5).unit(5, 1).unit(2, 4).unit(4, 2);
    assertThat(AgreementStatistics.alpha(opposite, Metric.INTERVAL).value()).isNegative();
  }

  @Test
  void missing_values_and_single_ratings_take_no_part() {
    ReliabilityData complete = new ReliabilityData(2).unit(1, 1).unit(2, 2).unit(1, 2);
    ReliabilityData withGaps =
        new ReliabilityData(3)
            .unit(1, 1, null)
            .unit(null, 2, 2)
            .unit(1, null, 2)
            .unit(null, null, 4)
            .unit(null, null, null);
    for (Metric metric : Metric.values()) {
      assertThat(AgreementStatistics.alpha(withGaps, metric).value())
          .as(metric.name())
          .isCloseTo(AgreementStatistics.alpha(complete, metric).value(), within(1e-9));
    }
    assertThat(AgreementStatistics.percentAgreement(withGaps)).hasValue(2.0 / 3.0);
  }

  @Test
  void alpha_is_undefined_when_every_rater_gives_the_same_value_everywhere() {
    ReliabilityData data = new ReliabilityData(3).unit(5, 5, 5).unit(5, 5, null).unit(5, 5, 5);
    Alpha alpha = AgreementStatistics.alpha(data, Metric.INTERVAL);
    assertThat(alpha.defined()).isFalse();
    assertThat(alpha.formatted()).isEqualTo("–");
    assertThat(alpha.interpretation()).contains("no variation");
    assertThat(AgreementStatistics.percentAgreement(data)).hasValue(1.0);
  }

  @Test
  void a_lone_different_value_on_an_unpaired_unit_does_not_make_alpha_defined() {
    ReliabilityData data = new ReliabilityData(2).unit(3, 3).unit(3, 3).unit(1, null);
    assertThat(AgreementStatistics.alpha(data, Metric.ORDINAL).defined()).isFalse();
  }

  @Test
  void alpha_and_percent_agreement_are_undefined_without_two_ratings_of_one_unit() {
    ReliabilityData data = new ReliabilityData(2).unit(1, null).unit(null, 2);
    assertThat(AgreementStatistics.alpha(data, Metric.NOMINAL).undefinedBecause())
        .contains("two reviewers");
    assertThat(AgreementStatistics.percentAgreement(data)).isEmpty();
  }

  // Percent agreement: pairs of values on the same unit.

  @Test
  void percent_agreement_counts_agreeing_pairs_among_all_pairs() {
    // Unit 1: (3,3) agree, (3,4) and (3,4) do not → 1 of 3; unit 2: 1 of 1. Together 2 of 4.
    ReliabilityData data = new ReliabilityData(3).unit(3, 3, 4).unit(2, 2, null);
    assertThat(AgreementStatistics.percentAgreement(data)).hasValue(0.5);
  }

  @Test
  void percent_agreement_on_the_textbook_example() {
    // Pairs per unit (agreeing/all): 3/3, 3/6, 6/6, 6/6, 6/6, 0/6, 6/6, 3/6, 6/6, 3/3, 1/1 = 43/55.
    assertThat(AgreementStatistics.percentAgreement(krippendorff2011()).getAsDouble())
        .isCloseTo(43.0 / 55.0, within(1e-9));
  }

  @Test
  void interpretation_follows_krippendorffs_thresholds() {
    assertThat(Alpha.of(0.8, 10).interpretation()).startsWith("Reliable");
    assertThat(Alpha.of(0.7, 10).interpretation()).startsWith("Tentative");
    assertThat(Alpha.of(0.66, 10).interpretation()).startsWith("Discuss");
    assertThat(Alpha.of(-0.2, 10).interpretation()).startsWith("Discuss");
  }

  @Test
  void a_unit_must_have_one_value_per_rater() {
    assertThatThrownBy(() -> new ReliabilityData(3).unit(1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one value per rater");
  }
}
