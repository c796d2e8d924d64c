package com.replycraft.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentWordsTest {

  private final TextAnalyzer analyzer = new TextAnalyzer();

  @ParameterizedTest(name = "{0} and {1} share a stem")
  @CsvSource({
    "charged, charging",
    "charge, charges",
    "deliveries, delivery",
    "arrived, arrive",
    "stopped, stop",
    "refunds, refund",
    "boxes, box",
    "replied, reply",
    // derivations and irregular forms:
    "refunded, refunds",
    "cancelled, cancellation",
    "delivered, delivering",
    "charged, charges",
    "replied, replies",
    "shipping, shipped",
    "paid, pay",
  })
  void inflections_of_a_word_meet_at_one_stem(String a, String b) {
    assertThat(ContentWords.stem(a)).isEqualTo(ContentWords.stem(b));
  }

  @Test
  void keeps_only_content_words_of_a_text() {
    AnalyzedText text = analyzer.analyze("Why was I charged twice for the router?");

    assertThat(ContentWords.stems(text)).containsExactly("charg", "twic", "router");
  }

  @Test
  void skips_quoted_words() {
    AnalyzedText text = analyzer.analyze("You said \"refund pending\" about the modem.");

    assertThat(ContentWords.stems(text)).containsExactly("said", "modem");
  }

  @Test
  void keeps_topic_words_and_drops_function_and_politeness_words() {
    var words =
        ContentWords.topics(
            analyzer.analyze("Hi, can you please tell me when my refund" + " will arrive?"));
    assertThat(words).containsExactlyInAnyOrder("refund", "arriv");
  }

  @Test
  void maps_synonyms_to_one_word() {
    assertThat(ContentWords.topics(analyzer.analyze("Please phone me")))
        .isEqualTo(ContentWords.topics(analyzer.analyze("Please call me")));
  }
}
