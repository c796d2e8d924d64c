package com.replycraft.scoring.check.clarity;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.text.TextAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentWordsTest {

  @ParameterizedTest
  @CsvSource({
    "refunded, refunds",
    "cancelled, cancellation",
    "delivered, delivering",
    "charged, charges",
    "replied, replies",
    "shipping, shipped",
    "paid, pay",
  })
  void reduces_forms_of_a_word_to_one_stem(String a, String b) {
    assertThat(ContentWords.stem(a)).isEqualTo(ContentWords.stem(b));
  }

  @Test
  void keeps_topic_words_and_drops_function_and_politeness_words() {
    var words =
        ContentWords.of(
            new TextAnalyzer()
                .analyze("Hi, can you please tell me when my refund" + " will arrive?"));
    assertThat(words).containsExactlyInAnyOrder("refund", "arriv");
  }

  @Test
  void maps_synonyms_to_one_word() {
    var analyzer = new TextAnalyzer();
    assertThat(ContentWords.of(analyzer.analyze("Please phone me")))
        .isEqualTo(ContentWords.of(analyzer.analyze("Please call me")));
  }
}
