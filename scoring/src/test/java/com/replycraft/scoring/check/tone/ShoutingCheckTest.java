package com.replycraft.scoring.check.tone;

import static com.replycraft.scoring.check.Drafts.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ShoutingCheckTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Please DO NOT share your PIN with anyone.",
        "You MUST return the modem within 14 days.",
        "This is your FINAL notice before we close the account.",
        "I have NOT received any payment from you.",
        "PLEASE READ THE ATTACHED LETTER CAREFULLY.",
        "Your refund is on its way!!",
        "Why would you do that?!",
        "Thanks so much!!! See you soon.",
        "Did you get our email??",
      })
  void flags_capitals_and_runs_of_marks(String draft) {
    assertThat(score(draft).has(FindingCode.SHOUTING)).as(draft).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // acronyms and codes
        "Your NBN connection is active and the PDF invoice is attached.",
        "We've added GST to the invoice for your ABN.",
        "Your booking reference is QF7HX2 and the ETA is 5 pm AEST.",
        "Please reply with your order number, e.g. AB12345.",
        "I've sent an SMS with the PIN to your mobile.",
        "Our FAQ page explains how to set up your eSIM on iOS.",
        "I'm sorry, I know this is frustrating. I will call you at 3 pm.",
        "Thanks for your patience! Your parcel arrives tomorrow.",
        // quoted customer words
        // format masks
        "Your meter reading looks like NNNNN-E on the display; any spacing is fine.",
        "Any date format works, for example DD/MM/YYYY or 3 March.",
        "You wrote \"I AM FURIOUS\" and I understand why.",
        "Is this the right address? 12 High St, Ballarat.",
      })
  void leaves_acronyms_codes_and_single_marks_alone(String draft) {
    assertThat(score(draft).findings(FindingCode.SHOUTING)).as(draft).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Please DO NOT share your PIN.|DO NOT|do not",
        "PLEASE NOTE the office is closed.|PLEASE NOTE|Please note",
        "Your refund is on its way!!|!!|!",
        "Why would you do that?!|?!|?",
        "Send the PDF FORM back today.|PDF FORM|PDF form",
      })
  void offers_normal_case_and_a_single_mark(String draft, String span, String replacement) {
    Finding finding = score(Channel.SOCIAL_PUBLIC, draft).findings(FindingCode.SHOUTING).get(0);
    assertThat(draft.substring(finding.start(), finding.end())).isEqualTo(span);
    assertThat(finding.replacement()).isEqualTo(replacement);
  }
}
