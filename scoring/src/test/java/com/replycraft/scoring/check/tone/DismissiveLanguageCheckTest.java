package com.replycraft.scoring.check.tone;

import static com.replycraft.scoring.check.Drafts.score;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DismissiveLanguageCheckTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        // repeating oneself at the customer
        "As I already said, the excess is $500.",
        "As previously stated, we do not cover water damage.",
        "Per my last email, the refund has been processed.",
        "Like I said, the technician comes on Tuesday.",
        "I have already explained that the plan renews every year.",
        "We've been over this: the fee applies after 30 days.",
        // minimising the task
        "Simply log in and download the invoice.",
        "You can just restart the modem and it will reconnect.",
        "To fix it, just click Reset and wait a minute.",
        "Obviously the warranty doesn't cover a dropped phone.",
        // pointing at the small print instead of explaining
        "As explained in our terms and conditions, refunds take 10 days.",
        "As outlined in our FAQ, the fee applies after 30 days.",
        "As stated in our policy wording, flood damage is excluded.",
        // the writer's side disclaiming with "obviously"
        "Obviously we can't be held responsible for courier delays.",
        "The terms clearly state that the deposit is non-refundable.",
        "Clearly, the order was placed after the cut-off.",
        "Of course you need to bring your ID to collect it.",
        "It's not that hard to change your plan online.",
        // brush-offs
        "Please calm down so I can help you.",
        "There's nothing more we can do about the delay.",
        "I'm afraid that's just how it is with international post.",
        "I don't know what else to tell you.",
        "As mentioned in my previous email, the voucher expired in June.",
        "This has been explained to you already.",
        "Rules are rules, so the fee stands.",
        "It's quite straightforward to do it in the app.",
        "Did you even read my previous message?",
        "The instructions were very clear.",
        "That is simply not true.",
        "Please don't make us repeat ourselves.",
      })
  void flags_condescension_and_brush_offs(String draft) {
    assertThat(score(draft).has(FindingCode.DISMISSIVE_LANGUAGE)).as(draft).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // "just" and "simply" about the agent, or not before an instruction
        "I just checked your account and the payment is there.",
        "I've just sent the replacement by express post.",
        "Just to confirm, the new address is 14 King St?",
        "We'll simply reverse the charge today, no action needed from you.",
        "It was just a glitch on our side, and it's fixed now.",
        "Just wanted to let you know the parcel is out for delivery.",
        // "clearly" as manner, not a jab
        "I'll explain the charges clearly in the next email.",
        "Your new plan is shown clearly on page two of the bill.",
        // a recap the customer asked for, without the jab
        "To recap what we agreed on the phone, the refund goes out on Friday.",
        "As you mentioned, the router's light is red.",
        "As we discussed, I've booked the technician for Tuesday at 9 am.",
        "Clearly, we got this wrong, and I'm sorry.",
        "Obviously we should have told you about the fee sooner.",
        // the small print explained, not pointed at
        "The 30-day fee is explained in our FAQ too, but in short: it only applies to new plans.",
        "I've explained the excess below and attached our policy summary in case it helps.",
        // quoted
        "You said the last agent told you \"calm down\" and that is not okay. I'm sorry.",
      })
  void leaves_plain_helpful_wording_alone(String draft) {
    assertThat(score(draft).findings(FindingCode.DISMISSIVE_LANGUAGE)).as(draft).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Simply log in and download it.|Simply log|Log",
        "You can just restart the modem.|just restart|restart",
        "As previously stated, the fee applies.|'As previously stated, the'|The",
        "The bill, as I already said, is due Friday.|'as I already said, '|''",
        "Obviously the warranty ends in May.|Obviously the|The",
      })
  void offers_the_sentence_without_the_put_down(String draft, String span, String replacement) {
    Finding finding =
        score(Channel.MESSAGING, draft).findings(FindingCode.DISMISSIVE_LANGUAGE).get(0);
    assertThat(draft.substring(finding.start(), finding.end())).isEqualTo(span);
    assertThat(finding.replacement()).isEqualTo(replacement);
  }

  @Test
  void pins_a_brush_off_inside_a_longer_reply() {
    String draft = "Hi Mo,\n\nThanks for writing. Per my last email, the refund is on its way.";
    Finding finding = score(draft).findings(FindingCode.DISMISSIVE_LANGUAGE).get(0);
    assertThat(finding.start()).isEqualTo(draft.indexOf("Per my"));
    assertThat(draft.substring(finding.start(), finding.end())).isEqualTo("Per my last email, the");
  }
}
