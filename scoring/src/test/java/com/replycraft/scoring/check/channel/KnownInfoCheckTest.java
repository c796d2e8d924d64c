package com.replycraft.scoring.check.channel;

import static com.replycraft.scoring.FindingCode.ASKED_FOR_KNOWN_INFO;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.check.Scoring;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownInfoCheckTest {

  static ScoreRequest after(String customer, String draft) {
    return ScoreRequest.builder()
        .channel(Channel.EMAIL)
        .customerSays("2026-11-20T08:00:00Z", customer)
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "My order 55812 arrived broken.|Could you send me your order number?|order number",
        "Booking ref QF12AB, flight cancelled.|Please share your booking reference.|booking reference",
        "Ticket #4471 is still open!|What's the reference number?|reference number",
        "Email me at sam@example.com please.|What's the best email to reach you?|best email",
        "Call me on 0412 345 678 after 5.|Could you give me your phone number?|your phone",
        "The kettle leaks, photo attached.|Can you send a photo of the leak?|photo",
        "I've attached a screenshot of the error.|Please send us a screenshot.|screenshot",
        "The app crashes every time I press export on a report with more than ten pages.|Could you"
            + " describe the problem?|describe the problem",
        "My date of birth is 9 March 1984.|Please re-enter your date of birth as DD/MM/YYYY.|date"
            + " of birth",
        "DOB 14/02/1990, card ending in 0912.|Could you confirm your DOB?|DOB",
        "My card ends 4471 and I need a higher limit.|Please confirm the last four digits of your"
            + " card.|last four digits",
        "I was born on 2 June 1975; the account ending 5521 is my dad's.|Can you send the last 4"
            + " digits of the account?|last 4 digits"
      })
  void flags_a_request_for_something_the_customer_already_gave(
      String customer, String draft, String span) {
    assertThat(Scoring.spans(after(customer, draft), ASKED_FOR_KNOWN_INFO, draft))
        .containsExactly(span);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the customer never gave it:
        "My order arrived broken.|Could you send me your order number?",
        "The kettle leaks.|Can you send a photo of the leak?",
        "Please call me.|Could you give me your phone number?",
        "It crashes.|Could you describe the problem?",
        // years and amounts are not references:
        "I've had this account since 2019 and paid $12500 on it.|What's your account number?",
        // a different kind of reference:
        "My order 55812 arrived broken.|Could you send me your booking reference?",
        // something new or better:
        "The kettle leaks, photo attached.|Could you send another photo showing the label?",
        "I've attached a screenshot of the error.|Could you send a clearer screenshot?",
        // reading it back, or not asking at all:
        "My order 55812 arrived broken.|Is 55812 your order number?",
        "My order 55812 arrived broken.|Thanks for the photo and your order number.",
        "I couldn't attach the photo, sorry.|Could you send a photo when you can?",
        // a date of birth or card ending never given, or the cue without the value:
        "I need a higher limit on my card.|Please confirm your date of birth.",
        "I don't remember which card ends in what.|Please confirm the last four digits of your"
            + " card.",
        "My contract ends next month.|Please confirm the last four digits of your card.",
        "My date of birth is on file.|Could you confirm your date of birth?",
        // "ends" in the reply is not an ask for card digits:
        "My card ends 4471.|Please let us know when your trip ends."
      })
  void leaves_fair_requests_alone(String customer, String draft) {
    assertThat(Scoring.score(after(customer, draft)).has(ASKED_FOR_KNOWN_INFO))
        .as(Scoring.score(after(customer, draft)).findings().toString())
        .isFalse();
  }

  @Test
  void remembers_what_was_given_earlier_in_a_longer_thread() {
    String draft = "Hi Sam, to get this moving, what's your order number?";
    ScoreRequest request =
        ScoreRequest.builder()
            .channel(Channel.MESSAGING)
            .customerSays("2026-11-18T08:00:00Z", "Order ORD-77120 never arrived.")
            .agentSays("2026-11-18T09:00:00Z", "Sorry Sam, I'm checking with the courier.")
            .customerSays("2026-11-20T08:00:00Z", "Any news??")
            .draftAt("2026-11-20T09:00:00Z")
            .draft(draft)
            .build();
    Finding finding = Scoring.findings(request, ASKED_FOR_KNOWN_INFO).get(0);
    assertThat(draft.substring(finding.start(), finding.end())).isEqualTo("order number");
    assertThat(finding.start()).isEqualTo(40);
  }
}
