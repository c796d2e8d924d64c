package com.replycraft.scoring.check.clarity;

import static com.replycraft.scoring.check.Drafts.SCORER;
import static com.replycraft.scoring.check.Drafts.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholderCheckTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Hi {{first_name}}, your card is on its way.|{{first_name}}",
        "Hi {name}, thanks for waiting.|{name}",
        "Dear [Customer Name], your claim is approved.|[Customer Name]",
        "Your appointment is on <insert date> at 9 am.|<insert date>",
        "Your technician visits on <<date>>.|<<date>>",
        "Your order number is XXX and it ships today.|XXX",
        "Hi %FIRSTNAME%, your plan renews soon.|%FIRSTNAME%",
        "Hi $FIRST_NAME, welcome aboard.|$FIRST_NAME",
        "Thanks, INSERT NAME HERE, for your patience.|INSERT NAME HERE",
        "Kind regards, [Agent Name]|[Agent Name]",
        "The refund of $XX.XX will reach you on Friday.|$XX.XX",
        "Your delivery is booked for XX/XX/XXXX.|XX/XX/XXXX",
        "Hi CUSTOMER_NAME, your bill is ready.|CUSTOMER_NAME",
        "Hi ___, your parcel has shipped.|___",
        "Your order [ORDER_NUMBER] has shipped.|[ORDER_NUMBER]",
        "Track it here: <tracking_link>|<tracking_link>",
      })
  void flags_unfilled_placeholders(String draft, String placeholder) {
    Finding finding = score(draft).findings(FindingCode.PLACEHOLDER_LEFT).get(0);
    assertThat(draft.substring(finding.start(), finding.end())).isEqualTo(placeholder);
    assertThat(finding.severity()).isEqualTo(Severity.CRITICAL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "See section [1] of the policy wording.",
        "Your card ending XXXX XXXX XXXX 4821 has been replaced.",
        "Your statement [Ticket #48213] is attached.",
        "Tap [here](https://example.com/track) to track the parcel.",
        "My name is [redacted] and I'll be happy to help.",
        "He said the bill was \"wrong [sic]\" and he was right.",
        "Please enter your name on the form exactly as it appears on your licence.",
        "Please insert your card and follow the prompts on the screen.",
        "> Hi {{name}}, your order has shipped\nThat template email was sent by mistake.",
        "The parcel is 30 x 20 x 10 cm.",
        "Line one<br>line two of the address.",
      })
  void leaves_real_brackets_masks_and_quotes_alone(String draft) {
    assertThat(score(draft).findings(FindingCode.PLACEHOLDER_LEFT)).as(draft).isEmpty();
  }

  @Test
  void fills_a_name_placeholder_with_the_customers_first_name() {
    String draft = "Hi [Customer Name], your refund was sent today.";
    ScoreRequest request = ScoreRequest.builder().draft(draft).customer("Priya Shah", true).build();
    Finding finding = SCORER.score(request).findings(FindingCode.PLACEHOLDER_LEFT).get(0);
    assertThat(finding.start()).isEqualTo(3);
    assertThat(finding.end()).isEqualTo(18);
    assertThat(finding.replacement()).isEqualTo("Priya");
  }

  @Test
  void an_audited_thread_points_at_the_agent_message_with_the_placeholder() {
    ScoreRequest audit =
        ScoreRequest.builder()
            .customerSays("2026-11-19T08:00:00Z", "Where is my parcel?")
            .agentSays("2026-11-19T09:00:00Z", "Hi {{name}}, it left our warehouse today.")
            .customer("Priya Shah", true)
            .build();
    Finding finding = SCORER.score(audit).findings(FindingCode.PLACEHOLDER_LEFT).get(0);
    assertThat(finding.messageIndex()).isEqualTo(1);
    assertThat(finding.start()).isEqualTo(3);
    assertThat(finding.end()).isEqualTo(11);
    assertThat(finding.replacement()).isEqualTo("Priya");
  }

  @Test
  void offers_no_name_for_a_date_placeholder_or_an_unknown_customer() {
    assertThat(score("Hi {{name}}, see you on <date>.").findings(FindingCode.PLACEHOLDER_LEFT))
        .hasSize(2)
        .allSatisfy(f -> assertThat(f.replacement()).isNull());
  }
}
