package com.replycraft.scoring.check.clarity;

import static com.replycraft.scoring.check.Drafts.SCORER;
import static com.replycraft.scoring.check.Drafts.reply;
import static com.replycraft.scoring.check.Drafts.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NextStepCheckTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // nothing happens next
        "Thanks for getting in touch about your bill. I understand how annoying this is.",
        "I'm sorry to hear the parcel arrived damaged. That must have been disappointing.",
        "We are looking into this. If you have any other questions, feel free to contact us.",
        "I've passed your complaint to the billing team.",
        // a commitment with no time
        "I'll look into the missing refund and get back to you.",
        "Our team will review your claim and contact you with the outcome.",
        // an opening clause does not turn our own vague promise into the customer's move
        "If we find the cause, our team will contact you with a fix.",
        "In the meantime, we will keep looking into the sign-in errors.",
      })
  void flags_replies_that_leave_the_customer_without_a_next_step(String draft) {
    assertThat(score(draft).has(FindingCode.NO_NEXT_STEP)).as(draft).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // commitment with a time
        "I'll call you tomorrow at 10 am to go through the bill.",
        "Our team will review your claim and email you the outcome within two working days.",
        "A technician will visit on Thursday between 8 am and noon.",
        // the customer's move
        "Could you send me a photo of the damaged box?",
        "Please reply with your order number and I'll track it down.",
        "Tap Settings, then Reset network, and the connection will come back.",
        "You can track the parcel with the link in your confirmation email.",
        // the customer's move after an opening clause ("If ..., reply", "In Okta, open")
        "If the error persists, reply with the time you tested and I'll check our logs for that"
            + " sign-in.",
        "In the app, open Settings and switch on data roaming before you fly.",
        "Once the parcel arrives, send us a photo of the label.",
        // instructions that open with set / save / test
        "Set the Audience URI to the value below, then save and upload the new metadata file.",
        // done
        "I've refunded the $40 to your card, and I'm sorry for the mix-up.",
        "Your order has been dispatched with express post.",
        // a vague time is VAGUE_TIMEFRAME's business, not this check's
        "I'll call you back shortly about the refund.",
      })
  void leaves_replies_with_an_owner_and_a_time_or_a_request_alone(String draft) {
    assertThat(score(draft).findings(FindingCode.NO_NEXT_STEP)).as(draft).isEmpty();
  }

  @Test
  void a_reply_to_thanks_all_sorted_owes_no_next_step() {
    assertThat(
            reply("Thanks, that's all sorted now!", "That's great news, Sam. Enjoy the new phone.")
                .has(FindingCode.NO_NEXT_STEP))
        .isFalse();
    assertThat(
            reply(
                    "Thanks, but it's still not working.",
                    "That's great news, Sam. Enjoy the new phone.")
                .has(FindingCode.NO_NEXT_STEP))
        .isTrue();
  }

  @Test
  void inserts_a_next_step_before_the_sign_off() {
    String draft = "Hi Lee,\n\nThanks for telling us about the drop-outs.\n\nKind regards,\nSam";
    Finding finding =
        SCORER
            .score(ScoreRequest.builder().draft(draft).build())
            .findings(FindingCode.NO_NEXT_STEP)
            .get(0);
    assertThat(finding.start()).isEqualTo(draft.indexOf("Kind regards"));
    assertThat(finding.end()).isEqualTo(finding.start());
    assertThat(finding.replacement()).isEqualTo(NextStepCheck.NEXT_STEP + "\n\n");
  }

  @Test
  void adds_a_time_to_a_commitment_that_has_none() {
    String draft = "Thanks Lee. I'll check the line and call you.";
    Finding finding = score(draft).findings(FindingCode.NO_NEXT_STEP).get(0);
    assertThat(finding.start()).isEqualTo(draft.length() - 1);
    assertThat(finding.replacement()).isEqualTo(" by 5 pm tomorrow");
  }

  @Test
  void puts_the_deadline_at_the_end_of_the_promise_not_of_the_sentence() {
    String draft = "Hi Lee, I'll look into it and get back to you, thanks for your patience.";
    Finding finding = score(draft).findings(FindingCode.NO_NEXT_STEP).get(0);
    assertThat(finding.start()).isEqualTo(draft.indexOf(", thanks"));
  }
}
