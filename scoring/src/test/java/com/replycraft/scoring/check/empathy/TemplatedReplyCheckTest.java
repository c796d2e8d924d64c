package com.replycraft.scoring.check.empathy;

import static com.replycraft.scoring.check.empathy.EmpathyFixtures.SCORER;
import static com.replycraft.scoring.check.empathy.EmpathyFixtures.customerMessage;
import static com.replycraft.scoring.check.empathy.EmpathyFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplatedReplyCheckTest {

  @ParameterizedTest(name = "[{index}] {0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          # the stock lines themselves
          EMAIL         | TELCO     | Thank you for contacting us. We have received your request and will get back to you as soon as possible.
          TICKET        | INSURANCE | Thank you for your email. Your request has been received and is being processed. Kind regards, the customer service team.
          # near variants of stock lines, plus service-speak
          MESSAGING     | BANKING   | Thanks for getting in touch with our support team. Someone from the team will look into this and get back to you shortly.
          SOCIAL_PUBLIC | AIRLINE   | Thanks for reaching out to us. Please be assured we are doing all we can to resolve this. Have a nice day!
          EMAIL         | INSURANCE | We apologise for any inconvenience this may have caused. If you have any further questions, please don't hesitate to contact us.
          TICKET        | TELCO     | Your satisfaction is our top priority. Our team is currently reviewing your request. We appreciate your patience.
          # one shared common word ("order", "claim") does not make a form letter personal
          EMAIL         | RETAIL    | Hello, thanks for shopping with us! Orders are usually dispatched within 1-3 business days. Please check your tracking link for updates. We appreciate your patience.
          TICKET        | INSURANCE | Thank you for your email. Your claim has been received and will be assessed in line with your policy terms. Kind regards, the customer service team.
          """)
  void flags_a_form_letter_that_ignores_what_the_customer_wrote(
      Channel channel, String industry, String draft) {
    ScoreResult result = score(channel, customerMessage(industry), draft);

    assertThat(result.has(FindingCode.TEMPLATED_REPLY)).as(result.findings().toString()).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          # false alarms avoided: one stock courtesy line around a real answer
          EMAIL         | TELCO     | Thank you for contacting us. Your replacement router left our warehouse today and arrives Thursday.
          TICKET        | INSURANCE | Thank you for your email. Your hail claim is approved and the assessor will call you tomorrow.
          # false alarms avoided: the customer's own specifics are echoed
          MESSAGING     | BANKING   | We have received your request about the $89.99 charge and will get back to you shortly.
          SOCIAL_PUBLIC | AIRLINE   | Thanks for reaching out. We are looking into QF12 and will update you.
          EMAIL         | RETAIL    | Thank you for shopping with us. Your kettle order has been dispatched and will reach Perth on Friday.
          # false alarms avoided: one shared word, but the rest is a real answer of the reply's own
          EMAIL         | TELCO     | Thank you for contacting us. Your router went out by courier today and arrives Thursday morning.
          # false alarms avoided: a real reply without stock lines
          EMAIL         | AIRLINE   | That's awful timing with the wedding. I've rebooked you both on QF8 tonight, landing Friday at 6am.
          """)
  void leaves_replies_that_draw_on_the_thread_alone(
      Channel channel, String industry, String draft) {
    ScoreResult result = score(channel, customerMessage(industry), draft);

    assertThat(result.has(FindingCode.TEMPLATED_REPLY)).as(result.findings().toString()).isFalse();
  }

  @Test
  void says_nothing_when_the_customer_gave_nothing_to_draw_on() {
    ScoreResult noThread =
        SCORER.score(
            ScoreRequest.builder()
                .draft("Thank you for contacting us. We will get back to you shortly.")
                .build());
    ScoreResult greetingOnly =
        score(
            Channel.MESSAGING,
            "Hello?",
            "Thank you for contacting us. We will get back to you shortly.");

    assertThat(noThread.has(FindingCode.TEMPLATED_REPLY)).isFalse();
    assertThat(greetingOnly.has(FindingCode.TEMPLATED_REPLY)).isFalse();
  }

  @Test
  void spans_the_whole_reply_and_points_at_what_the_customer_said() {
    String draft =
        "  Thank you for contacting us. We will get back to you as soon as possible.\n\nRegards";

    Finding finding =
        score(Channel.EMAIL, EmpathyFixtures.TELCO, draft)
            .findings(FindingCode.TEMPLATED_REPLY)
            .get(0);

    assertThat(finding.start()).isEqualTo(2);
    assertThat(finding.end()).isEqualTo(draft.length());
    assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
    assertThat(finding.suggestion()).contains("TR-55812");
  }
}
