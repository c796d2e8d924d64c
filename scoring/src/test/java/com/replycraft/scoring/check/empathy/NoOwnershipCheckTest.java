package com.replycraft.scoring.check.empathy;

import static com.replycraft.scoring.check.empathy.EmpathyFixtures.customerMessage;
import static com.replycraft.scoring.check.empathy.EmpathyFixtures.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NoOwnershipCheckTest {

  @ParameterizedTest(name = "[{index}] {0} {1}: {2} -> {3}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          # agentless passive about a failure
          EMAIL         | BANKING   | Mistakes were made and the second payment will be refunded.                | Mistakes were made
          TICKET        | BANKING   | An error occurred while processing your payment.                            | An error occurred
          EMAIL         | INSURANCE | Unfortunately your claim was overlooked during the busy period.             | your claim was overlooked
          MESSAGING     | BANKING   | It looks like you were wrongly charged twice this month.                    | you were wrongly charged
          SOCIAL_PUBLIC | TELCO     | The issue has been escalated to the relevant team.                          | The issue has been escalated
          TICKET        | TELCO     | Your order was mistakenly cancelled by the system overnight.                | Your order was mistakenly cancelled
          EMAIL         | AIRLINE   | Your rebooking request was somehow missed, sorry.                           | Your rebooking request was somehow missed
          EMAIL         | TELCO     | The wrong router was sent to you last week.                                 | The wrong router was sent
          MESSAGING     | BANKING   | Your card was charged twice in error.                                       | Your card was charged
          # deflection
          TICKET        | TELCO     | Unfortunately these things happen with couriers.                            | these things happen
          EMAIL         | TELCO     | The delay is the courier's fault, not ours.                                 | the courier's fault
          EMAIL         | TELCO     | Deliveries are not our department, they are handled by the courier.        | not our department
          MESSAGING     | BANKING   | That's not something we handle, sorry.                                      | not something we handle
          TICKET        | TELCO     | You'll need to contact the courier yourself about the parcel.               | You'll need to contact the courier yourself
          SOCIAL_PUBLIC | AIRLINE   | You need to call the travel agent directly.                                 | You need to call the travel agent directly
          EMAIL         | TELCO     | Couriers are a third party. Please call them directly on 1300 000 000.      | Please call them directly
          TICKET        | BANKING   | Your payment was wrongly declined by the system.                            | Your payment was wrongly declined
          EMAIL         | INSURANCE | I'm afraid it's out of our hands now.                                       | out of our hands
          MESSAGING     | BANKING   | Don't shoot me, I'm just the messenger.                                     | I'm just the messenger
          TICKET        | BANKING   | The system did it automatically, there was nothing I could do.              | The system did it
          """)
  void flags_replies_that_hide_or_push_away_the_failure(
      Channel channel, String industry, String draft, String span) {
    ScoreResult result = score(channel, customerMessage(industry), draft);

    assertThat(result.findings(FindingCode.NO_OWNERSHIP))
        .as(result.findings().toString())
        .extracting(f -> draft.substring(f.start(), f.end()))
        .contains(span);
  }

  @ParameterizedTest(name = "[{index}] {0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          # false alarms avoided: the agent owns it
          EMAIL         | BANKING   | We made a mistake and charged you twice; I've refunded the second payment.
          EMAIL         | INSURANCE | I overlooked your claim, and I'm sorry. An assessor will call you tomorrow.
          TICKET        | BANKING   | An error occurred on our side, and I've fixed it today.
          MESSAGING     | BANKING   | You were wrongly charged twice, which is our mistake. The refund is on its way.
          # false alarms avoided: passives that are not failures, or name who did it
          TICKET        | BANKING   | Your refund has been processed and will reach your card on Friday.
          EMAIL         | TELCO     | I've escalated the issue to our network team, who will call you by 5pm.
          EMAIL         | TELCO     | Your parcel was delayed by the courier's depot closure; a new one ships today.
          SOCIAL_PUBLIC | AIRLINE   | QF12 was cancelled because of the storm. I've rebooked you on QF8.
          # false alarms avoided: negated, and a hand-off the agent owns
          EMAIL         | INSURANCE | Nothing was overlooked; your claim is with the assessor.
          MESSAGING     | TELCO     | That's not something we handle, so I'll pass it to our partner and update you by 3pm.
          EMAIL         | BANKING   | Please contact me directly on 0400 123 456 if anything changes.
          # false alarms avoided: a quoted customer line
          TICKET        | TELCO     | You were told "it's out of our hands" last week, and that was wrong. I'm fixing it now.
          """)
  void leaves_replies_that_take_ownership_alone(Channel channel, String industry, String draft) {
    ScoreResult result = score(channel, customerMessage(industry), draft);

    assertThat(result.has(FindingCode.NO_OWNERSHIP)).as(result.findings().toString()).isFalse();
  }

  @Test
  void finds_deflection_in_an_audited_thread_with_the_message_it_is_in() {
    String deflection = "Deliveries are not our department. You'll need to contact the courier.";
    ScoreResult result =
        EmpathyFixtures.SCORER.score(
            com.replycraft.scoring.ScoreRequest.builder()
                .channel(Channel.MESSAGING)
                .customerSays("2026-11-20T08:00:00Z", EmpathyFixtures.TELCO)
                .agentSays("2026-11-20T08:30:00Z", deflection)
                .build());

    assertThat(result.findings(FindingCode.NO_OWNERSHIP))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.messageIndex()).isEqualTo(1);
              assertThat(deflection.substring(f.start(), f.end())).isEqualTo("not our department");
            });
  }

  @Test
  void rewrites_mistakes_were_made_in_the_active_voice() {
    String draft = "Hi Sam. Mistakes were made with your refund.";

    Finding finding =
        score(Channel.EMAIL, EmpathyFixtures.BANKING, draft)
            .findings(FindingCode.NO_OWNERSHIP)
            .get(0);

    assertThat(finding.start()).isEqualTo(8);
    assertThat(finding.end()).isEqualTo(26);
    assertThat(finding.severity()).isEqualTo(Severity.MAJOR);
    assertThat(finding.replacement()).isEqualTo("We made a mistake");
  }

  @Test
  void turns_an_overlooked_claim_into_we_overlooked_your_claim() {
    Finding finding =
        score(Channel.EMAIL, EmpathyFixtures.INSURANCE, "Sadly your claim was overlooked.")
            .findings(FindingCode.NO_OWNERSHIP)
            .get(0);

    assertThat(finding.replacement()).isEqualTo("we overlooked your claim");
  }

  @Test
  void turns_an_escalated_issue_into_i_have_escalated_the_issue() {
    Finding finding =
        score(Channel.TICKET, EmpathyFixtures.TELCO, "The issue has been escalated.")
            .findings(FindingCode.NO_OWNERSHIP)
            .get(0);

    assertThat(finding.replacement()).isEqualTo("I've escalated the issue");
  }
}
