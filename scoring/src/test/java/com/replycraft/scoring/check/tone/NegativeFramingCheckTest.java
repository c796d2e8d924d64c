package com.replycraft.scoring.check.tone;

import static com.replycraft.scoring.check.Drafts.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NegativeFramingCheckTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "We can't refund a ticket once the flight has departed.",
        "Unfortunately we are unable to waive the late fee.",
        "Changing the plan mid-cycle is not possible.",
        "It's against our policy to give out account details.",
        "We don't allow returns on sale items. Thanks for understanding.",
        "There is no way to recover a deleted voicemail.",
        "I cannot change the name on the booking.",
        "Your claim has been declined. The policy excludes flood damage.",
        "Sorry, you're not eligible for the loyalty discount.",
        "We won't be able to deliver on Saturday.",
        "A refund isn't something we offer on digital goods.",
        "That won't be possible, I'm afraid.",
        "I'm unable to cancel the policy over email.",
        "Unfortunately that's not something we're able to do.",
        "This is company policy and cannot be changed.",
        "Sale items can't be returned.",
        "We have no record of your call and cannot help further.",
        // the refused thing is not an alternative ("unable to offer", "can't arrange")
        "Unfortunately we are unable to offer a refund as the purchase is outside our 30-day"
            + " return policy.",
        "Sorry, we can't arrange a technician visit this week.",
        "We are not able to offer compensation for delays caused by weather.",
      })
  void flags_refusals_with_no_way_forward(String draft) {
    assertThat(score(draft).has(FindingCode.NEGATIVE_FRAMING)).as(draft).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // an alternative in the same sentence
        "We can't refund the ticket, but I can move it to any flight in the next year.",
        "We're unable to waive the fee; instead I've split it over three bills.",
        "We're unable to refund it after 30 days, but we can offer a repair under warranty.",
        "We can't arrange a visit this week. I can offer Monday at 9am instead.",
        // an alternative in the next sentence
        "Changing the plan mid-cycle isn't possible. What I can do is switch it from 1 December.",
        "It's against our policy to share account details. However, you can add your partner as"
            + " an authorised person online.",
        "We don't allow returns on sale items. Alternatively, you can exchange it for store"
            + " credit.",
        "I cannot change the name on the booking. I'll ask the airline today and email you by"
            + " 4 pm.",
        // not a refusal
        "If you're unable to log in, tap Forgot password.",
        "We were unable to reach you by phone on Monday.",
        "Our system wasn't able to process the payment on the first try.",
        "I'm unable to find a second charge, so only one payment went through on 2 May.",
        "We couldn't reproduce the crash on our test phones, so could you send a screenshot?",
        "I'm sorry you were unable to get through on the phone yesterday.",
        "I can't imagine how stressful the last week has been.",
        "We can't thank you enough for your patience.",
        "Under our company policy, you're entitled to a full refund.",
        "I can't help but notice you've been with us for ten years, so thank you.",
        "Tickets can't be changed online, but I can change yours now if you reply with the"
            + " new date.",
        "Is it not possible to pick it up from the depot?",
        "You said \"we can't help\" was all you heard last time. I'm sorry.",
      })
  void leaves_refusals_with_an_alternative_and_non_refusals_alone(String draft) {
    assertThat(score(draft).findings(FindingCode.NEGATIVE_FRAMING)).as(draft).isEmpty();
  }

  @Test
  void pins_the_refusal_and_reports_one_per_sentence() {
    String draft = "Hi Kim, we can't cancel now and we are unable to refund the deposit.";
    var findings = score(Channel.MESSAGING, draft).findings(FindingCode.NEGATIVE_FRAMING);
    assertThat(findings).hasSize(1);
    Finding finding = findings.get(0);
    assertThat(draft.substring(finding.start(), finding.end())).isEqualTo("we can't");
  }
}
