package com.replycraft.scoring.check.delay;

import static com.replycraft.scoring.FindingCode.DELAY_ACK_WEAK;
import static com.replycraft.scoring.FindingCode.DELAY_NOT_ACKNOWLEDGED;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Scoring;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DelayAcknowledgementCheckTest {

  /** The customer wrote three days before the reply (EMAIL target 24 h). */
  static ScoreRequest afterThreeDays(String draft) {
    return ScoreRequest.builder()
        .channel(Channel.EMAIL)
        .customerSays("2026-11-17T09:00:00Z", "Where is my refund for order 55812? It's been ages.")
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }

  static ScoreRequest on(Channel channel, int minutesWaited, String draft) {
    return ScoreRequest.builder()
        .channel(channel)
        .customerSays(
            java.time.Instant.parse("2026-11-20T09:00:00Z")
                .minusSeconds(60L * minutesWaited)
                .toString(),
            "My internet has been dropping out every evening this week.")
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hi Sam,\nYour refund was approved today and lands by Friday.",
        "Hello Sam! Great news, the refund is on its way.",
        "Your refund of $120 has been issued to your card.",
        // regret about something else is not about the wait:
        "Hi Sam, sorry for the inconvenience. The refund lands Friday.",
        "Hi Sam, sorry your parcel was delayed by the courier. It arrives Friday.",
        // negated regret is no apology:
        "Hi Sam, we are not sorry for the wait, it was our policy. The refund lands Friday.",
        // quoted words are not the agent speaking:
        "Hi Sam, you wrote \"sorry for the wait is all you ever say\". The refund lands Friday.",
        // "waiting" without regret:
        "Hi Sam, your refund is waiting for the bank to clear it by Friday.",
        // an apology for something else beside a mention of our reply is not owning the wait:
        "Hi Sam, sorry for the confusion. Our reply to billing went out today. Refund: Friday.",
        "Hi Sam, sorry about the mix-up with fees on your statement. Refunds take 5 days."
      })
  void flags_a_reply_that_ignores_a_three_day_wait(String draft) {
    ScoreResult result = Scoring.score(afterThreeDays(draft));
    assertThat(result.findings(DELAY_NOT_ACKNOWLEDGED)).hasSize(1);
    assertThat(result.findings(DELAY_NOT_ACKNOWLEDGED).get(0).severity())
        .isEqualTo(Severity.CRITICAL);
    assertThat(result.has(DELAY_ACK_WEAK)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hi Sam, sorry for the wait. Your refund lands by Friday.",
        "Apologies that it took us three days to reply. Your refund lands Friday.",
        "Hi Sam,\n\nI know you've been waiting since Monday, and that's on us. Refund lands Friday.",
        "Hi Sam, that's far longer than it should have taken. Your refund lands Friday.",
        "Hi Sam, I can't help but apologise for the delay. Your refund lands Friday.",
        "Sorry it's taken so long to get back to you, Sam. Your refund lands Friday.",
        "Hi Sam! Really sorry we didn't reply sooner. Your refund lands Friday.",
        "Dear Sam,\nMy apologies for the slow response — your refund lands Friday.",
        "Hi Sam, I'm sorry we kept you waiting. Your refund lands Friday.",
        "Hi Sam, three days is not the response time you should get from us, and I'm sorry.",
        "Hello Sam, sorry for the delay with your refund. It lands Friday.",
        "Hi Sam, sorry to keep you waiting. Your refund lands Friday.",
        "Hi Sam, I'm sorry you haven't heard from us until now. Refund lands Friday.",
        "Hi Sam, we dropped the ball on this one. Your refund lands Friday.",
        "Hi Sam, apologies for the hold-up. Your refund lands Friday.",
        "Hi Sam, sorry this reply is so late. Your refund lands Friday.",
        "Hi Sam, we're sorry this took longer than expected. Your refund lands Friday.",
        "Hi Sam,\nYou shouldn't have had to wait three days for this, I'm sorry. Refund: Friday.",
        // the wait named by its length or by the silence, regret beside it:
        "Hi Sam,\n\nI'm sorry your ticket sat for 3 days before anyone picked it up. Refund: Friday.",
        "Hi Sam, your ticket has been open for 3 days without a proper answer, and I'm sorry.",
        "Hi Sam,\n\nYou wrote to us 3 days ago and heard nothing back. I'm sorry. Refund: Friday.",
        "Hi Sam, I'm so sorry. Your message went unanswered for three days. Refund: Friday.",
        "Hi Sam, you emailed us on Monday and nobody replied. My apologies. Refund lands Friday."
      })
  void accepts_an_early_owned_acknowledgement_in_many_phrasings(String draft) {
    ScoreResult result = Scoring.score(afterThreeDays(draft));
    assertThat(result.has(DELAY_NOT_ACKNOWLEDGED)).as(result.findings().toString()).isFalse();
    assertThat(result.has(DELAY_ACK_WEAK)).as(result.findings().toString()).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // only thanks for patience:
        "Hi Sam, thank you for your patience. Your refund lands Friday.|thank you for your patience",
        "Thanks for waiting! Your refund lands Friday.|Thanks for waiting",
        "Hi Sam, thanks for bearing with us while we checked. Refund: Friday.|thanks for bearing with us",
        "Hi Sam, we appreciate your patience. The refund lands Friday.|we appreciate your patience",
        // owned, but only at the end:
        "Hi Sam, your refund was approved. It lands on your card by Friday. You'll get a receipt"
            + " by email. Sorry for the slow reply.|Sorry for the slow reply."
      })
  void flags_a_weak_or_late_acknowledgement(String draft, String span) {
    ScoreResult result = Scoring.score(afterThreeDays(draft));
    assertThat(result.findings(DELAY_ACK_WEAK)).hasSize(1);
    Finding weak = result.findings(DELAY_ACK_WEAK).get(0);
    assertThat(draft.substring(weak.start(), weak.end())).isEqualTo(span);
    assertThat(result.has(DELAY_NOT_ACKNOWLEDGED)).isFalse();
  }

  @ParameterizedTest
  @CsvSource({
    "MESSAGING, 360", // 6 h against 4 h
    "SOCIAL_PUBLIC, 120", // 2 h against 1 h
    "TICKET, 2880", // 2 days against 24 h
    "LIVE_CHAT, 15" // 15 min against 2 min
  })
  void flags_an_ignored_wait_on_every_channel_past_its_target(Channel channel, int minutes) {
    assertThat(
            Scoring.score(on(channel, minutes, "Hi Sam, we've reset your line."))
                .has(DELAY_NOT_ACKNOWLEDGED))
        .isTrue();
  }

  @ParameterizedTest
  @CsvSource({"MESSAGING, 180", "SOCIAL_PUBLIC, 50", "EMAIL, 600", "LIVE_CHAT, 1"})
  void owes_nothing_within_the_response_target(Channel channel, int minutes) {
    ScoreResult result = Scoring.score(on(channel, minutes, "Hi Sam, thanks for your patience."));
    assertThat(result.has(DELAY_NOT_ACKNOWLEDGED)).isFalse();
    assertThat(result.has(DELAY_ACK_WEAK)).isFalse();
    assertThat(result.scores().delayAcknowledgement()).isNull();
  }

  @Test
  void inserts_a_concrete_acknowledgement_after_the_greeting_line() {
    String draft = "Hi Sam,\nYour refund was approved and lands by Friday.";
    Finding finding = Scoring.score(afterThreeDays(draft)).findings(DELAY_NOT_ACKNOWLEDGED).get(0);
    assertThat(finding.start()).isEqualTo(8).isEqualTo(finding.end());
    assertThat(finding.replacement())
        .isEqualTo(
            "I'm sorry you've waited 3 days for a reply — that's far longer than it should have"
                + " taken. ");
    String applied =
        draft.substring(0, finding.start())
            + finding.replacement()
            + draft.substring(finding.end());
    assertThat(Scoring.score(afterThreeDays(applied)).has(DELAY_NOT_ACKNOWLEDGED)).isFalse();
    assertThat(Scoring.score(afterThreeDays(applied)).has(DELAY_ACK_WEAK)).isFalse();
  }

  @Test
  void inserts_at_the_start_when_there_is_no_greeting_and_says_the_wait_in_hours() {
    Finding finding =
        Scoring.score(on(Channel.MESSAGING, 6 * 60 + 20, "We've reset your line."))
            .findings(DELAY_NOT_ACKNOWLEDGED)
            .get(0);
    assertThat(finding.start()).isZero();
    assertThat(finding.replacement()).startsWith("I'm sorry you've waited 6 hours");
    assertThat(finding.message()).contains("6 hours").contains("4 hours");
  }

  @Test
  void turns_thanks_for_patience_into_an_owned_apology() {
    String draft = "Hi Sam, thank you for your patience. Your refund lands Friday.";
    Finding weak = Scoring.score(afterThreeDays(draft)).findings(DELAY_ACK_WEAK).get(0);
    assertThat(weak.replacement())
        .isEqualTo("I'm sorry you waited 3 days for this reply, and thank you for your patience");
  }
}
