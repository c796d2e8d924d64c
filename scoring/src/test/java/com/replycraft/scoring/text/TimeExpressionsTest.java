package com.replycraft.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimeExpressionsTest {

  private final TextAnalyzer analyzer = new TextAnalyzer();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "We'll reply by 5pm.|5pm",
        "We'll reply by 5 pm.|5 pm",
        "Expect a call at 17:30.|17:30",
        "You'll hear from us by Friday.|Friday",
        "It will be fixed tomorrow.|tomorrow",
        "We'll email you today.|today",
        "Our team replies within 24 hours.|within 24 hours",
        "Within 2 working days you'll have it.|2 working days",
        "We'll call within an hour.|within an hour",
        "Someone will reply within the hour.|within the hour",
        "The engineer comes on 3 December.|3 December",
        "The engineer comes on December 3.|December 3",
        "Payment lands on 20/11.|20/11",
        "We'll update you this afternoon.|this afternoon",
        "It will be done by end of day.|end of day",
        "Expect it by the end of the week.|end of the week",
        "We'll be in touch next Tuesday.|next Tuesday",
        "You'll have a 3-day window.|3-day",
        "We'll call in three days.|in three days"
      })
  void finds_concrete_times(String text, String expected) {
    AnalyzedText analyzed = analyzer.analyze(text);
    assertThat(TimeExpressions.find(analyzed)).map(analyzed::slice).contains(expected);
    assertThat(TimeExpressions.inSentence(analyzed, 0)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We'll get back to you soon.",
        "Someone will be in touch shortly.",
        "We'll reply in a few days.",
        "It should take a couple of days.",
        "I'm looking at it now.",
        "We'll sort it as soon as possible.",
        "We'll be in touch in due course."
      })
  void ignores_vague_times(String text) {
    assertThat(TimeExpressions.find(analyzer.analyze(text))).isEmpty();
  }

  @Test
  void counts_a_neighbouring_statement_but_not_a_neighbouring_question() {
    AnalyzedText statement = analyzer.analyze("I've passed this on. They reply by Friday.");
    assertThat(TimeExpressions.nearSentence(statement, 0)).isTrue();
    AnalyzedText question = analyzer.analyze("I've passed this on. Anything else today?");
    assertThat(TimeExpressions.nearSentence(question, 0)).isFalse();
  }

  // The concrete-or-approximate reading (clarity checks: does the reply say when?).

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
        // approximate, which the concrete reading leaves out:
        "We'll reply in a few days.",
        "It should take a couple of days.",
      })
  void recognises_concrete_or_approximate_times(String text) {
    assertThat(TimeExpressions.concreteOrApproximateIn(analyzer.analyze(text))).as(text).isTrue();
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
    assertThat(TimeExpressions.concreteOrApproximateIn(analyzer.analyze(text))).as(text).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"We'll get back to you soon.", "I'll reply shortly."})
  void counts_a_vague_time_as_some_time(String text) {
    assertThat(TimeExpressions.anyTimeIn(analyzer.analyze(text))).isTrue();
  }
}
