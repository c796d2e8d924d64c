package com.replycraft.scoring.check.tone;

import static com.replycraft.scoring.check.Drafts.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CurtRequestCheckTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // bare demands
        "Send the receipt.",
        "Fix your router settings and try again.",
        "The refund is on hold. Provide the account number.",
        "Upload a photo of the damage today.",
        "Now send me a screenshot of the error.",
        "Read the terms on page 4.",
        "Stop replying to the automated emails.",
        // confrontational or bare direct questions
        "Why did you cancel the order?",
        "What is your problem?",
        "Did you even read my email?",
        "Why don't you use the app instead?",
        "How come you ordered the wrong size?",
        "What's your order number?",
        "Which plan are you on?",
        // obligations laid on the customer
        "You need to reset the modem.",
        "You must return the modem within 14 days.",
        "The card is blocked. You have to visit a branch with photo ID.",
      })
  void flags_a_request_with_no_courtesy_anywhere(String draft) {
    assertThat(score(draft).has(FindingCode.CURT_REQUEST)).as(draft).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // false alarms avoided: courtesy elsewhere in the reply softens the request
        "Hi Sam, send us the receipt for the charger.",
        "Could you send the receipt?",
        "Please send the receipt.",
        "Thanks for the photos. Upload the last one again, it came through blank.",
        "Sorry about that. What is your order number?",
        "I think you need to reset the modem.",
        "Would you mind sending the receipt?",
        "Perhaps try the app instead of the website.",
        "Hello there, which plan are you on?",
        "Hi {{customer_name}}, what is your order number?",
        "I appreciate the detail. Why did the payment fail, do you know?",
        // false alarms avoided: guidance, a warning or an invitation, not a demand
        "If the light stays red, check the cable.",
        "1. Open the app.\n2. Check your balance under Billing.",
        "- Open the app\n- Update your card under Billing",
        "Send the form and I'll process the refund today.",
        "You don't need to do anything else.",
        "You must not share your PIN with anyone.",
        "Update: your parcel left the depot this morning.",
        "Take care, and enjoy the new phone.",
        "Look, the parcel is already on its way.",
        "What is your son's date of birth, so I can add him to the policy?",
        "What do you think of the new plan?",
        "How are you finding the new plan?",
        "Where does the parcel go after the depot?",
        "Call us on 1300 555 123 any time before 8 pm.",
        // false alarms avoided: the customer's words, quoted
        "You wrote \"Fix my internet now\" and the engineer is booked for 9 am.",
        "Your message said \"why did you cancel my order?\" and the answer is the card expired.",
      })
  void stays_quiet_on_softened_requests_and_guidance(String draft) {
    assertThat(score(draft).findings(FindingCode.CURT_REQUEST)).as(draft).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = Channel.class,
      names = {"EMAIL", "MESSAGING", "SOCIAL_PUBLIC", "TICKET", "LIVE_CHAT"},
      mode = EnumSource.Mode.INCLUDE)
  void is_a_minor_tone_finding_on_every_channel(Channel channel) {
    List<Finding> findings = score(channel, "Send the receipt.").findings(FindingCode.CURT_REQUEST);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).severity()).isEqualTo(Severity.MINOR);
  }

  @Test
  void pins_the_curt_sentence_and_offers_a_polite_request() {
    String draft = "The refund is on hold. Send the receipt for the charger.";
    Finding finding = score(draft).findings(FindingCode.CURT_REQUEST).get(0);
    assertThat(finding.start()).isEqualTo(23);
    assertThat(finding.end()).isEqualTo(draft.length());
    assertThat(draft.substring(finding.start(), finding.end()))
        .isEqualTo("Send the receipt for the charger.");
    assertThat(finding.replacement())
        .isEqualTo("Could you please send the receipt for the charger?");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "You need to reset the modem.|Could you please reset the modem?",
        "What is your order number?|Could you please tell me your order number?",
        "What's your postcode?|Could you please tell me your postcode?",
        "Fix your settings.|Could you please fix your settings?",
      })
  void rewrites_simple_requests_as_questions(String draft, String replacement) {
    Finding finding = score(draft).findings(FindingCode.CURT_REQUEST).get(0);
    assertThat(draft.substring(finding.start(), finding.end())).isEqualTo(draft);
    assertThat(finding.replacement()).isEqualTo(replacement);
  }

  @Test
  void leaves_a_confrontational_question_to_the_writer_to_rephrase() {
    Finding finding = score("Why did you do that?").findings(FindingCode.CURT_REQUEST).get(0);
    assertThat(finding.replacement()).isNull();
    assertThat(finding.suggestion()).contains("Could you tell me");
  }

  @Test
  void makes_the_point_at_most_twice_in_a_reply() {
    String draft =
        "Send the receipt. Upload the photos. Provide the serial number. Confirm the address.";
    assertThat(score(draft).findings(FindingCode.CURT_REQUEST)).hasSize(2);
  }
}
