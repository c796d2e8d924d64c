package com.replycraft.scoring.check.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class EscalationNotOfferedCheckTest {

  private static final String FRUSTRATED =
      "This is ridiculous. The router has dropped out every night this week.";
  private static final String DISTRESSED_AND_URGENT =
      "My mum is in hospital and her phone line was cut off today. I need it back urgently.";

  private final Scorer scorer =
      Scorer.create(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

  private ScoreResult score(Channel channel, String customer, String draft) {
    return scorer.score(
        ScoreRequest.builder()
            .channel(channel)
            .customerSays("2026-11-20T08:30:00Z", customer)
            .draftAt("2026-11-20T09:00:00Z")
            .draft(draft)
            .build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hi Sam, I've reset the line from our side. Let me know if it drops again.",
        "We have logged a fault and a technician will check the exchange by Friday.",
        "Please restart the router and send us a screenshot of the lights.",
        // negated offers are no offers
        "Unfortunately we can't call you, but we've logged the fault.",
        "We don't offer phone support on this plan; the fault is logged.",
      })
  void flags_a_reply_to_a_frustrated_customer_without_a_call_offer(String draft) {
    ScoreResult result = score(Channel.EMAIL, FRUSTRATED, draft);
    assertThat(result.findings(FindingCode.ESCALATION_NOT_OFFERED))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.MAJOR);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I'm happy to jump on a call to go through it together.",
        "Ring me on 0400 123 456 and I'll stay on the line while you test it.",
        "You can book a callback at a time that suits you.",
        "I can call you today at 2 pm if that suits?",
        "Would a phone call help? Just reply with a good number.",
        "If you prefer, you can chat with us live from the app.",
        "We could set up a video call so I can see the lights on the router.",
        "Call us on 1300 555 123 and ask for me, Priya.",
        "Happy to talk this through over the phone whenever suits.",
        "I'll give you a ring this afternoon to test the line with you.",
        "Reply with the best number to reach you and I'll call.",
        "If a call would be easier, send us a private message with a number and a good time.",
        "Would a call help? I'm around until 6 pm.",
        "If you'd prefer to talk, send me your number and a time that suits.",
      })
  void accepts_a_call_offer_in_any_phrasing(String offer) {
    ScoreResult result = score(Channel.EMAIL, FRUSTRATED, "Sorry about the dropouts. " + offer);
    assertThat(result.has(FindingCode.ESCALATION_NOT_OFFERED)).as(offer).isFalse();
  }

  @Test
  void is_critical_when_the_thread_should_escalate_now() {
    ScoreResult result =
        score(Channel.MESSAGING, DISTRESSED_AND_URGENT, "We've logged the fault for your mum.");
    assertThat(result.escalation().recommendation().name()).isEqualTo("ESCALATE_NOW");
    assertThat(result.findings(FindingCode.ESCALATION_NOT_OFFERED))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.CRITICAL);
  }

  @Test
  void stays_quiet_when_the_thread_can_stay_in_writing() {
    ScoreResult result =
        score(Channel.EMAIL, "Hi, can you send me a copy of my last bill?", "Attached, Sam.");
    assertThat(result.has(FindingCode.ESCALATION_NOT_OFFERED)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = Channel.class,
      names = {"LIVE_CHAT", "VOICE"})
  void stays_quiet_on_channels_that_are_already_live(Channel channel) {
    ScoreResult result = score(channel, FRUSTRATED, "I've reset the line from our side.");
    assertThat(result.has(FindingCode.ESCALATION_NOT_OFFERED)).isFalse();
  }

  @Test
  void inserts_the_offer_before_the_sign_off() {
    String draft = "Hi Sam,\n\nI've reset the line from our side.\n\nKind regards,\nPriya";
    Finding finding =
        score(Channel.EMAIL, FRUSTRATED, draft).findings(FindingCode.ESCALATION_NOT_OFFERED).get(0);
    int signOff = draft.indexOf("Kind regards");
    assertThat(finding.start()).isEqualTo(signOff);
    assertThat(finding.end()).isEqualTo(signOff);
    assertThat(finding.replacement())
        .isEqualTo(
            "If it would help to talk this through, reply with a good time and number and I'll"
                + " call you today.\n\n");
  }

  @Test
  void appends_the_offer_to_a_short_message_without_a_sign_off() {
    String draft = "I've reset the line from our side.";
    Finding finding =
        score(Channel.MESSAGING, FRUSTRATED, draft)
            .findings(FindingCode.ESCALATION_NOT_OFFERED)
            .get(0);
    assertThat(finding.start()).isEqualTo(draft.length());
    assertThat(finding.replacement())
        .isEqualTo(
            " Would a quick call help? Send me a good time and number and I'll ring you today.");
  }

  @Test
  void a_public_reply_is_offered_a_move_to_private_messages() {
    Finding finding =
        score(Channel.SOCIAL_PUBLIC, FRUSTRATED, "Sorry to hear that, we're checking the area.")
            .findings(FindingCode.ESCALATION_NOT_OFFERED)
            .get(0);
    assertThat(finding.replacement()).contains("DM");
  }
}
