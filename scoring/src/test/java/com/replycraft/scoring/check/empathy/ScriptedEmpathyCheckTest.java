package com.replycraft.scoring.check.empathy;

import static com.replycraft.scoring.check.empathy.EmpathyFixtures.SCORER;
import static com.replycraft.scoring.check.empathy.EmpathyFixtures.customerMessage;
import static com.replycraft.scoring.check.empathy.EmpathyFixtures.score;
import static com.replycraft.scoring.check.empathy.EmpathyFixtures.thread;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScriptedEmpathyCheckTest {

  @ParameterizedTest(name = "[{index}] {0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          # lexicon lines
          EMAIL         | TELCO     | We apologise for any inconvenience caused. Please let us know if you need anything else.
          MESSAGING     | BANKING   | I understand your frustration. We are looking into it.
          SOCIAL_PUBLIC | AIRLINE   | Sorry for the inconvenience! Please DM us.
          TICKET        | INSURANCE | Thank you for your patience. Our team will update you.
          EMAIL         | INSURANCE | Your call is important to us. A member of the team will be in touch.
          MESSAGING     | TELCO     | I completely understand. We will review your request.
          TICKET        | BANKING   | Thanks for reaching out! We have passed this to the relevant team.
          # pattern: an apology, thanks or understanding with a generic object
          EMAIL         | TELCO     | We sincerely apologise for all the trouble. Our team is on it.
          SOCIAL_PUBLIC | BANKING   | We truly value your business and loyalty. Please reach out via DM.
          MESSAGING     | AIRLINE   | Really appreciate your understanding here. We will look into it.
          TICKET        | INSURANCE | Apologies for any hassle this has been. We will update you.
          EMAIL         | INSURANCE | Dear Sir/Madam, thank you for your feedback. We take all complaints seriously.
          EMAIL         | AIRLINE   | Your patience is greatly appreciated. We will be in touch.
          MESSAGING     | TELCO     | I can only imagine how frustrating this must be for you. Our team is on it.
          SOCIAL_PUBLIC | BANKING   | We're sorry about your experience. We appreciate you reaching out.
          # a name in the greeting does not make the apology specific
          MESSAGING     | TELCO     | Hi Priya, we apologise for the inconvenience. Please send us a DM.
          # a stock condolence stays stock
          EMAIL         | BEREAVEMENT | Dear Customer, we are sorry for your loss. Please complete form DC-7 and provide certified documents.
          MESSAGING     | BEREAVEMENT | So sorry for your loss. Kindly send the death certificate and the will so we can close the account.
          # a request or a stock sentence that follows does not make the empathy specific
          SOCIAL_PUBLIC | TELCO     | Hi Priya, we apologise for any inconvenience caused. Please reply with your full name, date of birth and order number so we can investigate.
          EMAIL         | INSURANCE | We understand your frustration and appreciate you bringing this to our attention. Your claim has been received and will be assessed in line with your policy terms.
          """)
  void flags_stock_empathy_with_nothing_about_this_customer(
      Channel channel, String industry, String draft) {
    ScoreResult result = score(channel, customerMessage(industry), draft);

    assertThat(result.has(FindingCode.SCRIPTED_EMPATHY)).as(result.findings().toString()).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          # false alarms avoided: the empathy names the customer's situation
          EMAIL         | TELCO     | I'm sorry the replacement router still hasn't arrived after two weeks.
          EMAIL         | TELCO     | I understand your frustration with a router that never arrived; a new one ships today.
          MESSAGING     | BANKING   | Sorry for the inconvenience. I've refunded the second $89.99 Netflix payment.
          SOCIAL_PUBLIC | AIRLINE   | We're so sorry your Singapore flight was cancelled right before the wedding.
          TICKET        | INSURANCE | Thank you for your patience with the hail claim; an assessor will call you tomorrow at 10am.
          MESSAGING     | TELCO     | I completely understand. Working from home without a router is stressful, so a courier brings one today.
          # false alarms avoided: negated or quoted stock lines
          EMAIL         | BANKING   | I won't just say sorry for any inconvenience. We charged you twice and that was wrong.
          TICKET        | INSURANCE | "Thank you for your patience" is the last thing you need to hear. I've booked an assessor.
          # false alarms avoided: near misses of stock lines
          MESSAGING     | BANKING   | I'm sorry you're feeling so anxious about the double payment.
          TICKET        | TELCO     | Let us know how you feel about the new router once it's set up.
          # false alarms avoided: no stock phrase at all
          MESSAGING     | AIRLINE   | That's awful timing with the wedding. I've rebooked you on QF8 tonight.
          # false alarms avoided: a condolence followed by what the customer is dealing with
          EMAIL         | BEREAVEMENT | I'm so sorry for your loss. Losing your mother and then having to sort out her savings is a lot at once.
          EMAIL         | BEREAVEMENT | I'm so sorry for your loss. To close Joan's account ending 4410 we need just two documents.
          # false alarms avoided: NO_EMOTION_ACKNOWLEDGED's own suggested condolence, applied
          EMAIL         | BEREAVEMENT | I'm so sorry for your loss, and sorry you've had to deal with this at such a difficult time. To close Joan's account ending 4410 we need just two documents.
          # false alarms avoided: the apology's own sentence is specific, whatever follows
          EMAIL         | TELCO     | Sorry for the inconvenience with the router that never arrived. Please reply with a good delivery day.
          """)
  void leaves_specific_empathy_alone(Channel channel, String industry, String draft) {
    ScoreResult result = score(channel, customerMessage(industry), draft);

    assertThat(result.has(FindingCode.SCRIPTED_EMPATHY)).as(result.findings().toString()).isFalse();
  }

  @Test
  void the_customers_name_makes_a_stock_line_personal() {
    ScoreResult result =
        SCORER.score(
            thread(Channel.EMAIL, EmpathyFixtures.TELCO)
                .customer("Priya Raman", true)
                .draft("Sorry for the inconvenience, Priya.")
                .build());

    assertThat(result.has(FindingCode.SCRIPTED_EMPATHY)).isFalse();
  }

  @Test
  void pins_the_span_of_the_stock_line_including_its_subject() {
    String draft = "Hello. We apologise for any inconvenience caused. Please let us know.";

    Finding finding =
        score(Channel.EMAIL, EmpathyFixtures.TELCO, draft)
            .findings(FindingCode.SCRIPTED_EMPATHY)
            .get(0);

    assertThat(finding.start()).isEqualTo(7);
    assertThat(finding.end()).isEqualTo(48);
    assertThat(draft.substring(finding.start(), finding.end()))
        .isEqualTo("We apologise for any inconvenience caused");
    assertThat(finding.severity()).isEqualTo(Severity.MINOR);
    assertThat(finding.suggestion()).contains("TR-55812");
  }

  @Test
  void stacking_stock_lines_is_a_major_problem() {
    ScoreResult result =
        score(
            Channel.EMAIL,
            EmpathyFixtures.BANKING,
            "I understand your frustration. We are looking into it. We value your business and"
                + " appreciate your patience.");

    assertThat(result.findings(FindingCode.SCRIPTED_EMPATHY))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.MAJOR));
  }
}
