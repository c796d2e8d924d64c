package com.replycraft.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WaitWordsTest {

  @ParameterizedTest(name = "{0} is said as \"{1}\"")
  @CsvSource({
    "PT0S, less than a minute",
    "PT40S, less than a minute",
    "PT1M, 1 minute",
    "PT45M, 45 minutes",
    "PT1H, 1 hour",
    "PT5H, 5 hours",
    "PT5H12M, 5 hours 12 minutes",
    "PT24H, 1 day",
    "PT72H, 3 days",
    "PT51H, 2 days 3 hours",
    "PT51H59M, 2 days 3 hours",
    "-PT3H, less than a minute"
  })
  void says_a_wait_in_the_two_largest_units(String iso, String words) {
    assertThat(WaitWords.of(Duration.parse(iso))).isEqualTo(words);
  }

  @ParameterizedTest(name = "a target of {0} is \"{1}\"")
  @CsvSource({
    "PT2M, within 2 minutes",
    "PT1H, within 1 hour",
    "PT4H, within 4 hours",
    "PT24H, within 24 hours",
    "PT48H, within 48 hours",
    "PT72H, within 3 days",
    "PT90M, within 1 hour 30 minutes"
  })
  void says_a_response_window_the_way_targets_are_published(String iso, String words) {
    assertThat(WaitWords.window(Duration.parse(iso))).isEqualTo(words);
  }
}
