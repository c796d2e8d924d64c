package com.replycraft.app.review.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.replycraft.scoring.Dimension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreCalculatorTest {

  private static final ScorecardCategory TONE =
      new ScorecardCategory(1, 0, "Tone", Dimension.TONE, 20, RatingScale.FIVE_POINT, false, false);
  private static final ScorecardCategory DELAY =
      new ScorecardCategory(
          2, 1, "Delay", Dimension.DELAY_ACKNOWLEDGEMENT, 10, RatingScale.THREE_POINT, true, false);
  private static final ScorecardCategory RESOLUTION =
      new ScorecardCategory(3, 2, "Resolution", null, 30, RatingScale.FOUR_POINT, false, false);
  private static final ScorecardCategory COMPLIANCE =
      new ScorecardCategory(4, 3, "Compliance", null, 10, RatingScale.BINARY, true, true);
  private static final ScorecardCategory ACCURACY_CRITICAL =
      new ScorecardCategory(5, 4, "Accuracy", null, 10, RatingScale.FIVE_POINT, false, true);

  private static final List<ScorecardCategory> CARD =
      List.of(TONE, DELAY, RESOLUTION, COMPLIANCE, ACCURACY_CRITICAL);

  // ---- scales ---------------------------------------------------------------------------------

  @ParameterizedTest(name = "{0} point {1} is {2}")
  @CsvSource({
    "BINARY, 1, 0",
    "BINARY, 2, 100",
    "THREE_POINT, 1, 0",
    "THREE_POINT, 2, 50",
    "THREE_POINT, 3, 100",
    "FOUR_POINT, 1, 0",
    "FOUR_POINT, 2, 33.333",
    "FOUR_POINT, 3, 66.667",
    "FOUR_POINT, 4, 100",
    "FIVE_POINT, 1, 0",
    "FIVE_POINT, 2, 25",
    "FIVE_POINT, 4, 75",
    "FIVE_POINT, 5, 100"
  })
  void a_point_maps_linearly_onto_0_to_100(RatingScale scale, int point, double percent) {
    assertThat(scale.percent(point)).isCloseTo(percent, within(0.001));
  }

  @ParameterizedTest(name = "auto score {1} on {0} pre-fills point {2}")
  @CsvSource({
    "BINARY, 0, 1",
    "BINARY, 49, 1",
    "BINARY, 50, 2",
    "BINARY, 100, 2",
    "THREE_POINT, 24, 1",
    "THREE_POINT, 25, 2",
    "THREE_POINT, 74, 2",
    "THREE_POINT, 75, 3",
    "FOUR_POINT, 16, 1",
    "FOUR_POINT, 17, 2",
    "FOUR_POINT, 50, 3",
    "FOUR_POINT, 83, 3",
    "FOUR_POINT, 84, 4",
    "FIVE_POINT, 62, 3",
    "FIVE_POINT, 63, 4",
    "FIVE_POINT, 90, 5",
    "FIVE_POINT, 130, 5",
    "FIVE_POINT, -5, 1"
  })
  void an_auto_score_prefills_the_nearest_point(RatingScale scale, int auto, int point) {
    assertThat(scale.nearest(auto)).isEqualTo(point);
  }

  @Test
  void a_point_off_the_scale_is_refused_with_the_scale_named() {
    assertThatThrownBy(() -> RatingScale.THREE_POINT.percent(4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3-point");
    assertThatThrownBy(() -> RatingScale.BINARY.percent(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void only_no_fails_a_binary_scale_and_only_the_lowest_point_fails_the_others() {
    assertThat(RatingScale.BINARY.fails(1)).isTrue();
    assertThat(RatingScale.BINARY.fails(2)).isFalse();
    assertThat(RatingScale.FIVE_POINT.fails(1)).isTrue();
    assertThat(RatingScale.FIVE_POINT.fails(2)).isFalse();
  }

  // ---- the review score -----------------------------------------------------------------------

  @Test
  void all_top_ratings_score_100() {
    ReviewScore score =
        ScoreCalculator.score(
            CARD,
            Map.of(
                1L,
                Rating.of(5),
                2L,
                Rating.of(3),
                3L,
                Rating.of(4),
                4L,
                Rating.of(2),
                5L,
                Rating.of(5)));

    assertThat(score.value()).isEqualTo(100.0);
    assertThat(score.criticalFailed()).isFalse();
  }

  @Test
  void categories_weigh_by_their_weight() {
    // Tone 75 × 20 + Resolution 33.3 × 30 = 1500 + 1000 = 2500 over 50 → 50
    ReviewScore score = ScoreCalculator.score(CARD, Map.of(1L, Rating.of(4), 3L, Rating.of(2)));

    assertThat(score.value()).isCloseTo(50.0, within(0.001));
  }

  @Test
  void a_heavier_weight_pulls_the_score_towards_its_rating() {
    ScorecardCategory light =
        new ScorecardCategory(10, 0, "Light", null, 1, RatingScale.BINARY, false, false);
    ScorecardCategory heavy =
        new ScorecardCategory(11, 1, "Heavy", null, 3, RatingScale.BINARY, false, false);

    ReviewScore score =
        ScoreCalculator.score(List.of(light, heavy), Map.of(10L, Rating.of(1), 11L, Rating.of(2)));

    assertThat(score.value()).isEqualTo(75.0);
  }

  @Test
  void not_applicable_categories_leave_both_the_sum_and_the_weights() {
    // Tone 100 × 20 + Delay N/A + Resolution 0 × 30 → 2000 / 50 = 40 (not 2000 / 60)
    ReviewScore score =
        ScoreCalculator.score(
            CARD, Map.of(1L, Rating.of(5), 2L, Rating.NOT_APPLICABLE, 3L, Rating.of(1)));

    assertThat(score.value()).isCloseTo(40.0, within(0.001));
  }

  @Test
  void unrated_categories_count_like_not_applicable() {
    ReviewScore score = ScoreCalculator.score(CARD, Map.of(2L, Rating.of(2)));

    assertThat(score.value()).isEqualTo(50.0);
  }

  @Test
  void all_not_applicable_gives_no_score_rather_than_0_or_100() {
    ReviewScore score =
        ScoreCalculator.score(
            List.of(DELAY, COMPLIANCE),
            Map.of(2L, Rating.NOT_APPLICABLE, 4L, Rating.NOT_APPLICABLE));

    assertThat(score.value()).isNull();
    assertThat(score.describe()).isEqualTo("–");
  }

  @Test
  void nothing_rated_gives_no_score() {
    assertThat(ScoreCalculator.score(CARD, Map.of()).value()).isNull();
  }

  @Test
  void a_failed_binary_critical_category_makes_the_score_0_however_good_the_rest() {
    ReviewScore score =
        ScoreCalculator.score(CARD, Map.of(1L, Rating.of(5), 3L, Rating.of(4), 4L, Rating.of(1)));

    assertThat(score.value()).isEqualTo(0.0);
    assertThat(score.failedCritical()).containsExactly("Compliance");
    assertThat(score.describe()).isEqualTo("0 (critical failed: Compliance)");
  }

  @Test
  void the_lowest_point_of_a_five_point_critical_category_fails_the_review_and_the_next_does_not() {
    assertThat(ScoreCalculator.score(CARD, Map.of(1L, Rating.of(5), 5L, Rating.of(1))).value())
        .isEqualTo(0.0);
    assertThat(ScoreCalculator.score(CARD, Map.of(1L, Rating.of(5), 5L, Rating.of(2))).value())
        .isCloseTo((100 * 20 + 25 * 10) / 30.0, within(0.001));
  }

  @Test
  void a_critical_category_marked_not_applicable_does_not_fail() {
    ReviewScore score =
        ScoreCalculator.score(CARD, Map.of(1L, Rating.of(5), 4L, Rating.NOT_APPLICABLE));

    assertThat(score.value()).isEqualTo(100.0);
    assertThat(score.criticalFailed()).isFalse();
  }

  @Test
  void the_lowest_point_of_a_non_critical_category_only_lowers_the_score() {
    ReviewScore score = ScoreCalculator.score(CARD, Map.of(1L, Rating.of(1), 3L, Rating.of(4)));

    assertThat(score.value()).isCloseTo(60.0, within(0.001));
    assertThat(score.criticalFailed()).isFalse();
  }

  @Test
  void ratings_of_categories_not_on_the_card_are_ignored() {
    ReviewScore score =
        ScoreCalculator.score(List.of(TONE), Map.of(1L, Rating.of(3), 99L, Rating.of(1)));

    assertThat(score.value()).isEqualTo(50.0);
  }

  @Test
  void a_dimension_category_suggests_the_nearest_point_and_a_custom_one_suggests_nothing() {
    assertThat(TONE.suggestedBy(88)).isEqualTo(Rating.of(5));
    assertThat(TONE.suggestedBy(40)).isEqualTo(Rating.of(3));
    assertThat(RESOLUTION.suggestedBy(90)).isNull();
  }

  @Test
  void a_dimension_without_an_auto_score_suggests_not_applicable_where_allowed() {
    assertThat(DELAY.suggestedBy(null)).isEqualTo(Rating.NOT_APPLICABLE);
    assertThat(TONE.suggestedBy(null)).isNull();
  }
}
