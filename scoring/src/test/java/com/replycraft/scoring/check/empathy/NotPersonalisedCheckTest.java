package com.replycraft.scoring.check.empathy;

import static com.replycraft.scoring.check.empathy.EmpathyFixtures.SCORER;
import static com.replycraft.scoring.check.empathy.EmpathyFixtures.customerMessage;
import static com.replycraft.scoring.check.empathy.EmpathyFixtures.thread;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotPersonalisedCheckTest {

  private static ScoreResult scoreFor(Channel channel, String industry, String name, String draft) {
    ScoreRequest.Builder request = thread(channel, customerMessage(industry)).draft(draft);
    if (name != null) {
      request.customer(name, true);
    }
    return SCORER.score(request.build());
  }

  @ParameterizedTest(name = "[{index}] {0} {1} {2}: {3}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          # name known, not used, nothing of theirs echoed
          EMAIL         | TELCO     | Priya Raman | Dear customer, thanks for your message. We are checking this with the warehouse team.
          MESSAGING     | BANKING   | Tom         | Hi there, we have looked at your account and raised a dispute for you.
          SOCIAL_PUBLIC | AIRLINE   | Ana Silva   | Hello! Please send us a DM so we can look into this for you.
          TICKET        | INSURANCE | Sam         | We have looked into this and our team will contact you with an update.
          # name unknown, and nothing they told us is echoed
          EMAIL         | TELCO     |             | Thanks for your message. We are checking this with the warehouse team.
          MESSAGING     | AIRLINE   |             | Please check the app for the latest information on your booking.
          # a generic greeting plus one shared common word ("orders", "close") is still a form letter
          EMAIL         | RETAIL    | Sophie Turner | Dear valued customer, orders are typically dispatched within 2-5 business days. Please check your tracking link.
          EMAIL         | BEREAVEMENT | Raj Patel | Dear Customer, to close a deceased customer's account please complete form DC-7 and provide certified documents.
          """)
  void flags_a_reply_that_could_have_gone_to_anyone(
      Channel channel, String industry, String name, String draft) {
    ScoreResult result = scoreFor(channel, industry, name, draft);

    assertThat(result.has(FindingCode.NOT_PERSONALISED)).as(result.findings().toString()).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0} {1} {2}: {3}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          # false alarms avoided: the name is used
          EMAIL         | TELCO     | Priya Raman | Hi Priya, we are checking this with the warehouse team today.
          MESSAGING     | BANKING   | Tom         | Thanks Tom, we have raised a dispute for you.
          # false alarms avoided: their specifics or their words are echoed
          SOCIAL_PUBLIC | AIRLINE   | Ana Silva   | So sorry about QF12. Please send us a DM with your booking reference.
          TICKET        | INSURANCE | Sam         | Your hail damage claim is with an assessor who will ring you tomorrow.
          EMAIL         | TELCO     |             | The replacement router is with the courier and reaches you Thursday.
          EMAIL         | RETAIL    | Sophie Turner | Dear customer, your Halden kettle ships today and reaches Perth on Friday.
          # false alarms avoided: without a generic greeting, one shared word of theirs is enough
          MESSAGING     | TELCO     |             | Sorry the router is late; I've chased the courier myself.
          # false alarms avoided: too short to judge
          MESSAGING     | BANKING   | Tom         | Done, refunded.
          """)
  void leaves_personal_replies_alone(Channel channel, String industry, String name, String draft) {
    ScoreResult result = scoreFor(channel, industry, name, draft);

    assertThat(result.has(FindingCode.NOT_PERSONALISED)).as(result.findings().toString()).isFalse();
  }

  @Test
  void leaves_a_courtesy_reply_to_ok_thanks_alone() {
    ScoreResult result =
        SCORER.score(
            thread(Channel.MESSAGING, EmpathyFixtures.TELCO)
                .customer("Priya Raman", true)
                .agentSays(
                    "2026-11-20T08:10:00Z",
                    "Hi Priya, your new router TR-55812 arrives on Thursday by 1pm.")
                .customerSays("2026-11-20T08:20:00Z", "ok thanks")
                .draft("You're welcome, have a lovely weekend.")
                .build());

    assertThat(result.has(FindingCode.NOT_PERSONALISED)).isFalse();
  }

  @Test
  void says_nothing_without_a_name_or_a_thread() {
    ScoreResult result =
        SCORER.score(
            ScoreRequest.builder().draft("Thanks for your message. We are checking this.").build());

    assertThat(result.has(FindingCode.NOT_PERSONALISED)).isFalse();
  }

  @Test
  void turns_a_generic_greeting_into_the_customers_name() {
    String draft = "Dear valued customer, we are checking this with the warehouse team.";

    Finding finding =
        scoreFor(Channel.EMAIL, "TELCO", "Priya Raman", draft)
            .findings(FindingCode.NOT_PERSONALISED)
            .get(0);

    assertThat(finding.start()).isEqualTo(0);
    assertThat(finding.end()).isEqualTo(20);
    assertThat(draft.substring(finding.start(), finding.end())).isEqualTo("Dear valued customer");
    assertThat(finding.replacement()).isEqualTo("Dear Priya");
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          Hi there, we are checking this with the warehouse team.       | Hi Priya
          Hello valued customer! We are checking with the warehouse.     | Hi Priya
          Good morning, we are checking this with the warehouse team.   | Good morning Priya
          Dear Sir/Madam, we are checking this with the warehouse team. | Dear Priya
          Hi,\\n\\nwe are checking this with the warehouse team.        | Hi Priya
          """)
  void replaces_generic_greetings_with_the_name(String draft, String replacement) {
    Finding finding =
        scoreFor(Channel.EMAIL, "TELCO", "Dr. Priya Raman", draft.replace("\\n", "\n"))
            .findings(FindingCode.NOT_PERSONALISED)
            .get(0);

    assertThat(finding.replacement()).isEqualTo(replacement);
  }

  @Test
  void inserts_a_greeting_at_the_start_when_there_is_none() {
    Finding email =
        scoreFor(Channel.EMAIL, "TELCO", "Priya Raman", "We are checking this with the team today.")
            .findings(FindingCode.NOT_PERSONALISED)
            .get(0);
    Finding messaging =
        scoreFor(Channel.MESSAGING, "TELCO", "Priya", "We are checking this with the team today.")
            .findings(FindingCode.NOT_PERSONALISED)
            .get(0);

    assertThat(email.start()).isZero();
    assertThat(email.end()).isZero();
    assertThat(email.replacement()).isEqualTo("Hi Priya,\n\n");
    assertThat(messaging.replacement()).isEqualTo("Hi Priya, ");
  }

  @Test
  void greets_by_the_name_the_customer_signed_with() {
    ScoreResult result =
        SCORER.score(
            ScoreRequest.builder()
                .channel(Channel.EMAIL)
                .customerSays(
                    "2026-11-20T08:00:00Z",
                    "My parcel has not turned up and the tracking has not moved.\n\nThanks,\nTom")
                .draftAt("2026-11-20T09:00:00Z")
                .draft("Hi there, we are checking this with our warehouse team today.")
                .build());

    assertThat(result.findings(FindingCode.NOT_PERSONALISED))
        .singleElement()
        .satisfies(f -> assertThat(f.replacement()).isEqualTo("Hi Tom"));
  }
}
