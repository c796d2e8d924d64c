package com.replycraft.app.review.scorecard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.replycraft.app.ReplyCraftTest;
import com.replycraft.scoring.Dimension;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReplyCraftTest
class ScorecardServiceTest {

  @Autowired ScorecardService scorecards;

  @Test
  void the_default_scorecard_rates_the_five_dimensions_plus_custom_and_critical_categories() {
    ScorecardVersion current = scorecards.current();

    assertThat(current.scorecardName()).isEqualTo("Async written quality");
    assertThat(current.categories())
        .extracting(ScorecardCategory::dimension)
        .contains(
            Dimension.TONE,
            Dimension.CLARITY,
            Dimension.DELAY_ACKNOWLEDGEMENT,
            Dimension.EMPATHY,
            Dimension.CHANNEL_FIT,
            null);
    assertThat(current.categories()).anyMatch(ScorecardCategory::critical);
    assertThat(current.categories())
        .anyMatch(c -> c.name().startsWith("Accurate and complete resolution"));
  }

  @Test
  void publishing_an_edit_creates_a_new_version_and_leaves_the_old_one_unchanged() {
    ScorecardVersion first = scorecards.create("Card " + UUID.randomUUID(), drafts(), "admin");

    List<CategoryDraft> edited =
        new ArrayList<>(first.categories().stream().map(ScorecardCategory::toDraft).toList());
    edited.set(
        0, new CategoryDraft("Tone", Dimension.TONE, 50, RatingScale.THREE_POINT, false, false));
    ScorecardVersion second = scorecards.publish(first.scorecardId(), edited, "admin");

    assertThat(second.number()).isEqualTo(2);
    assertThat(scorecards.current(first.scorecardId()).id()).isEqualTo(second.id());
    ScorecardVersion old = scorecards.version(first.id()).orElseThrow();
    assertThat(old.categories().get(0).weight()).isEqualTo(20);
    assertThat(old.categories().get(0).scale()).isEqualTo(RatingScale.FIVE_POINT);
    assertThat(second.categories().get(0).weight()).isEqualTo(50);
    assertThat(scorecards.versions(first.scorecardId()))
        .extracting(ScorecardVersion::number)
        .containsExactly(2, 1);
  }

  @Test
  void a_scorecard_without_categories_or_with_two_of_one_name_is_refused() {
    ScorecardVersion first = scorecards.create("Card " + UUID.randomUUID(), drafts(), "admin");

    assertThatThrownBy(() -> scorecards.publish(first.scorecardId(), List.of(), "admin"))
        .isInstanceOf(ScorecardRuleException.class)
        .hasMessageContaining("at least one category");
    CategoryDraft tone = drafts().get(0);
    assertThatThrownBy(() -> scorecards.publish(first.scorecardId(), List.of(tone, tone), "admin"))
        .hasMessageContaining("Two categories are named \"Tone\"");
  }

  static List<CategoryDraft> drafts() {
    return List.of(
        new CategoryDraft("Tone", Dimension.TONE, 20, RatingScale.FIVE_POINT, false, false),
        new CategoryDraft("Resolution", null, 30, RatingScale.FOUR_POINT, false, false),
        new CategoryDraft("Compliance", null, 10, RatingScale.BINARY, true, true));
  }
}
