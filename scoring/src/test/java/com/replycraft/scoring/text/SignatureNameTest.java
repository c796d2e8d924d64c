package com.replycraft.scoring.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SignatureNameTest {

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          The parcel never came.\\nThanks,\\nPriya                     | Priya
          The parcel never came. Thanks, Priya                        | Priya
          Still no refund.\\n- Tom                                     | Tom
          Still no refund.\\n\\nKind regards\\nAlex Chen               | Alex
          Hi, my name is Maria and my card was blocked.               | Maria
          Please call me back.\\nCheers,\\nJo                          | Jo
          """)
  void finds_the_name_a_customer_signed_with(String message, String name) {
    assertThat(SignatureName.in(message.replace("\\n", "\n"))).isEqualTo(name);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "The parcel never came. Thanks!",
        "The parcel never came.\nThanks,\nSent from my iPhone",
        "Still no refund. Please help.",
        "I was told to wait.\nRegards",
        "Call me back today",
        ""
      })
  void finds_no_name_where_none_was_given(String message) {
    assertThat(SignatureName.in(message)).isNull();
  }
}
