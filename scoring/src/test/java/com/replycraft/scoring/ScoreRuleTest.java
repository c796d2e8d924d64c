package com.replycraft.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoreRuleTest {

  @Test
  void scores_one_hundred_everywhere_when_nothing_is_wrong() {
    Scores scores = ScoreRule.scores(List.of(), false);

    assertThat(scores).isEqualTo(new Scores(100, 100, null, 100, 100, 100));
  }

  @Test
  void delay_acknowledgement_is_scored_only_when_an_acknowledgement_is_owed() {
    assertThat(ScoreRule.scores(List.of(), false).delayAcknowledgement()).isNull();
    assertThat(ScoreRule.scores(List.of(), true).delayAcknowledgement()).isEqualTo(100);
    assertThat(
            ScoreRule.scores(
                    List.of(finding(FindingCode.DELAY_NOT_ACKNOWLEDGED, Severity.CRITICAL)), true)
                .delayAcknowledgement())
        .isEqualTo(55);
  }

  @ParameterizedTest(name = "{0} costs {1} points")
  @CsvSource({"MINOR, 90", "MAJOR, 75", "CRITICAL, 55"})
  void each_severity_takes_its_weight_from_its_dimension(Severity severity, int expected) {
    Scores scores = ScoreRule.scores(List.of(finding(FindingCode.LONG_SENTENCE, severity)), false);

    assertThat(scores.clarity()).isEqualTo(expected);
    assertThat(scores.tone()).isEqualTo(100);
    assertThat(scores.empathy()).isEqualTo(100);
    assertThat(scores.channelFit()).isEqualTo(100);
  }

  @Test
  void a_repeated_code_costs_half_as_much_again_each_time() {
    Scores repeated =
        ScoreRule.scores(
            List.of(
                finding(FindingCode.VAGUE_TIMEFRAME, Severity.MAJOR),
                finding(FindingCode.VAGUE_TIMEFRAME, Severity.MAJOR),
                finding(FindingCode.VAGUE_TIMEFRAME, Severity.MAJOR)),
            false);
    Scores different =
        ScoreRule.scores(
            List.of(
                finding(FindingCode.VAGUE_TIMEFRAME, Severity.MAJOR),
                finding(FindingCode.LONG_SENTENCE, Severity.MAJOR),
                finding(FindingCode.NO_NEXT_STEP, Severity.MAJOR)),
            false);

    assertThat(repeated.clarity()).isEqualTo(56); // 100 - 25 - 12.5 - 6.25 = 56.25
    assertThat(different.clarity()).isEqualTo(25);
  }

  @Test
  void a_dimension_never_goes_below_zero() {
    List<Finding> findings = new ArrayList<>();
    for (FindingCode code :
        List.of(
            FindingCode.BLAME_LANGUAGE,
            FindingCode.DISMISSIVE_LANGUAGE,
            FindingCode.SHOUTING,
            FindingCode.EMOJI_MISMATCH)) {
      findings.add(finding(code, Severity.CRITICAL));
    }

    assertThat(ScoreRule.scores(findings, false).tone()).isZero();
  }

  @Test
  void overall_is_the_rounded_mean_of_the_scored_dimensions() {
    List<Finding> findings =
        List.of(
            finding(FindingCode.LONG_SENTENCE, Severity.MAJOR),
            finding(FindingCode.SHOUTING, Severity.MINOR));

    assertThat(ScoreRule.scores(findings, false).overall()).isEqualTo(91); // (90+75+100+100)/4
    assertThat(ScoreRule.scores(findings, true).overall()).isEqualTo(93); // (90+75+100+100+100)/5
  }

  @Test
  void any_critical_finding_caps_overall_below_a_pass() {
    Scores scores =
        ScoreRule.scores(List.of(finding(FindingCode.PLACEHOLDER_LEFT, Severity.CRITICAL)), false);

    assertThat(scores.clarity()).isEqualTo(55);
    assertThat(scores.overall()).isEqualTo(ScoreRule.CRITICAL_CAP);
  }

  @Test
  void a_finding_in_an_unscored_dimension_still_costs_overall_points() {
    Scores scores =
        ScoreRule.scores(
            List.of(finding(FindingCode.RESTARTED_CONVERSATION, Severity.MAJOR)), false);

    assertThat(scores.delayAcknowledgement()).isNull();
    assertThat(scores.overall()).isEqualTo(94); // (400 - 25) / 4 = 93.75
  }

  private static Finding finding(FindingCode code, Severity severity) {
    return Finding.of(code, severity, 0, 1, "why", "fix");
  }
}
