package com.replycraft.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentWordsTest {

  @ParameterizedTest(name = "{0} and {1} share a stem")
  @CsvSource({
    "charged, charging",
    "charge, charges",
    "deliveries, delivery",
    "arrived, arrive",
    "stopped, stop",
    "refunds, refund",
    "boxes, box",
    "replied, reply"
  })
  void inflections_of_a_word_meet_at_one_stem(String a, String b) {
    assertThat(ContentWords.stem(a)).isEqualTo(ContentWords.stem(b));
  }

  @Test
  void keeps_only_content_words_of_a_text() {
    AnalyzedText text = new TextAnalyzer().analyze("Why was I charged twice for the router?");

    assertThat(ContentWords.stems(text)).containsExactly("charg", "twic", "router");
  }

  @Test
  void skips_quoted_words() {
    AnalyzedText text = new TextAnalyzer().analyze("You said \"refund pending\" about the modem.");

    assertThat(ContentWords.stems(text)).containsExactly("said", "modem");
  }
}
