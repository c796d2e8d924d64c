package com.replycraft.scoring.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EvalStatsTest {

  private static final boolean T = true;
  private static final boolean F = false;

  @Test
  void counts_a_confusion_and_derives_precision_recall_f1_and_accuracy() {
    EvalStats.Confusion c =
        EvalStats.confusion(new boolean[] {T, T, F, F, T}, new boolean[] {T, F, T, F, T});

    assertThat(c).isEqualTo(new EvalStats.Confusion(2, 1, 1, 1));
    assertThat(c.precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(c.recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(c.f1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(c.accuracy()).isCloseTo(0.6, within(1e-9));
    // negative class: 1 right, 1 missed, 1 wrongly claimed -> F1 0.5; macro = (2/3 + 1/2) / 2
    assertThat(c.macroF1()).isCloseTo(7.0 / 12, within(1e-9));
  }

  @Test
  void precision_is_undefined_when_nothing_is_predicted_but_f1_is_zero() {
    EvalStats.Confusion c = EvalStats.confusion(new boolean[] {F, F, F}, new boolean[] {T, F, F});

    assertThat(c.precision()).isNaN();
    assertThat(c.recall()).isZero();
    assertThat(c.f1()).isZero();
    assertThat(EvalRow.prf(c)).isEqualTo("n/a / 0.000 / 0.000");
  }

  @Test
  void macro_f1_averages_the_f1_of_every_class_that_occurs() {
    // class 0: perfect (1); class 1: 1 hit, 1 missed (2/3); class 2: 1 hit, 1 false alarm (2/3)
    double macro = EvalStats.macroF1(new int[] {0, 1, 2, 2}, new int[] {0, 1, 1, 2});

    assertThat(macro).isCloseTo((1 + 2.0 / 3 + 2.0 / 3) / 3, within(1e-9));
  }

  @Test
  void pearson_matches_a_hand_computed_value() {
    // dx = (-1, 0, 1), dy = (-7/3, -1/3, 8/3): sxy = 5, sxx = 2, syy = 114/9
    double r = EvalStats.pearson(new double[] {1, 2, 3}, new double[] {2, 4, 7});

    assertThat(r).isCloseTo(5 / Math.sqrt(2 * 114.0 / 9), within(1e-9));
  }

  @Test
  void pearson_is_undefined_for_a_constant_score() {
    assertThat(EvalStats.pearson(new double[] {100, 100, 100}, new double[] {1, 2, 3})).isNaN();
  }

  @Test
  void ties_share_their_average_rank() {
    assertThat(EvalStats.ranks(new double[] {30, 10, 20, 20})).containsExactly(4, 1, 2.5, 2.5);
  }

  @Test
  void spearman_is_one_for_any_increasing_relation_and_minus_one_for_a_decreasing_one() {
    double[] x = {1, 2, 3, 4};

    assertThat(EvalStats.spearman(x, new double[] {1, 8, 27, 64})).isCloseTo(1, within(1e-12));
    assertThat(EvalStats.spearman(x, new double[] {9, 3, 2, -5})).isCloseTo(-1, within(1e-12));
  }

  @Test
  void spearman_with_ties_is_pearson_of_average_ranks() {
    // ranks x = (1, 2.5, 2.5, 4), ranks y = (1, 2, 3, 4): sxy = 4.5, sxx = 4.5, syy = 5
    double rho = EvalStats.spearman(new double[] {1, 2, 2, 3}, new double[] {1, 2, 3, 4});

    assertThat(rho).isCloseTo(4.5 / Math.sqrt(4.5 * 5), within(1e-9));
  }

  @Test
  void auc_is_the_share_of_positive_negative_pairs_ranked_right() {
    // positives 0.35 and 0.8 against negatives 0.1 and 0.4: 3 of 4 pairs right
    double auc = EvalStats.rocAuc(new double[] {0.1, 0.4, 0.35, 0.8}, new boolean[] {F, F, T, T});

    assertThat(auc).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void auc_counts_a_tied_pair_as_half() {
    // pairs (2 vs 1) 1, (2 vs 2) 0.5, (3 vs 1) 1, (3 vs 2) 1 -> 3.5 / 4
    double auc = EvalStats.rocAuc(new double[] {1, 2, 2, 3}, new boolean[] {F, T, F, T});

    assertThat(auc).isCloseTo(0.875, within(1e-9));
  }

  @Test
  void auc_is_a_half_for_a_constant_score_and_undefined_without_both_classes() {
    assertThat(EvalStats.rocAuc(new double[] {5, 5, 5}, new boolean[] {T, F, F}))
        .isCloseTo(0.5, within(1e-9));
    assertThat(EvalStats.rocAuc(new double[] {1, 2}, new boolean[] {F, F})).isNaN();
  }

  @Test
  void best_threshold_is_the_lowest_score_that_maximises_the_objective() {
    double[] scores = {10, 20, 30, 40, 50};
    boolean[] positive = {F, F, T, F, T};

    // >= 30 gets 4 of 5 right; >= 50 also gets 4 of 5: the lower one wins
    assertThat(EvalStats.bestThreshold(scores, positive, EvalStats.Confusion::accuracy))
        .isEqualTo(30);
    assertThat(EvalStats.atLeast(scores, 30)).containsExactly(F, F, T, T, T);
  }

  @Test
  void best_threshold_may_be_to_predict_nothing() {
    double threshold =
        EvalStats.bestThreshold(
            new double[] {1, 2, 3}, new boolean[] {F, F, F}, EvalStats.Confusion::accuracy);

    assertThat(threshold).isInfinite();
    assertThat(EpitomeEval.threshold(threshold)).isEqualTo("∞");
  }

  @Test
  void formats_ratios_and_percentages_the_way_the_references_print_them() {
    assertThat(EvalRow.ratio(0.54849)).isEqualTo("0.548");
    assertThat(EvalRow.ratio(-0.5)).isEqualTo("-0.500");
    assertThat(EvalRow.percent(0.8384)).isEqualTo("83.8%");
    assertThat(EvalRow.ratio(Double.NaN)).isEqualTo("n/a");
  }
}
