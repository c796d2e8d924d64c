package com.replycraft.scoring.check.clarity;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.text.TextAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeCuesTest {

  private static final TextAnalyzer ANALYZER = new TextAnalyzer();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I'll call you at 5pm.",
        "The technician comes at 9:30.",
        "It will arrive by Friday.",
        "We'll reply within 24 hours.",
        "Expect it in two working days.",
        "I'll update you tomorrow morning.",
        "The refund lands on 21 March.",
        "Your plan changes from 20/11/2026.",
        "We'll fix it by end of day.",
        "I'll email you next week.",
        "Your bill is due on the 5th.",
        "You'll hear from us later today.",
      })
  void recognises_concrete_times(String text) {
    assertThat(TimeCues.concreteIn(ANALYZER.analyze(text))).as(text).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We'll get back to you soon.",
        "Our team will be in touch.",
        "You may need to restart the modem.",
        "I'll march this up to my manager.",
        "Your order number is 48213.",
        "We have a few options for you.",
        "You wrote \"I need it by Friday\" and I understand.",
      })
  void does_not_see_a_time_where_there_is_none(String text) {
    assertThat(TimeCues.concreteIn(ANALYZER.analyze(text))).as(text).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"We'll get back to you soon.", "I'll reply shortly."})
  void counts_a_vague_time_as_some_time(String text) {
    assertThat(TimeCues.anyIn(ANALYZER.analyze(text))).isTrue();
  }
}
