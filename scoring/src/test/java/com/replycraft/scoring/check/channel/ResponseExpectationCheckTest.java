package com.replycraft.scoring.check.channel;

import static com.replycraft.scoring.FindingCode.NO_RESPONSE_EXPECTATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.check.Scoring;
import com.replycraft.scoring.thread.Channel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseExpectationCheckTest {

  static ScoreRequest on(Channel channel, String draft) {
    return ScoreRequest.builder()
        .channel(channel)
        .customerSays("2026-11-20T08:30:00Z", "My bill doubled this month, please explain why.")
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "EMAIL|Hi Lee, I've passed this to our billing team.|passed this to",
        "EMAIL|We'll look into it and get back to you.|look into",
        "TICKET|I've raised a ticket with our engineers.|raised a ticket",
        "MESSAGING|Someone will be in touch.|Someone will",
        "SOCIAL_PRIVATE|Our team will contact you soon.|Our team will",
        "EMAIL|I've escalated this to my manager.|I've escalated",
        "MESSAGING|I'm going to follow up with the warehouse and let you know.|follow up",
        "EMAIL|I've forwarded your complaint to the claims team, who will reply shortly.|I've forwarded",
        "LIVE_CHAT|I'll check with billing and call you back.|call you back",
        // told by message, but not when
        "MESSAGING|You'll get an SMS with the new details.|You'll get an SMS",
        "SOCIAL_PRIVATE|You will receive an email once the bill is corrected.|You will receive an"
            + " email",
        "EMAIL|We'll text you with the engineer's visit.|We'll text you"
      })
  void flags_a_hand_off_or_promise_with_no_time(Channel channel, String draft, String span) {
    assertThat(Scoring.spans(on(channel, draft), NO_RESPONSE_EXPECTATION, draft))
        .containsExactly(span);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I've passed this to our billing team, who will reply by 5pm tomorrow.",
        "We'll get back to you within 24 hours.",
        "I've raised a ticket. You'll hear from the engineers by Friday.",
        "I've escalated this to my manager. She will call you today before 3pm.",
        "Our team will email you on 3 December with the new bill.",
        "We'll be in touch within 2 working days.",
        "I'll email you the corrected bill right away.",
        "You'll get an SMS with the corrected amount within 30 minutes.",
        "You'll receive an email with the new bill by 5pm today.",
        // not promises:
        "Sorry for not getting back to you sooner.",
        "Would you like me to call you back?",
        "I've looked into your bill: the October discount ended.",
        "Feel free to get in touch if anything else comes up.",
        "Your bill is corrected. I'll let you know if anything else changes."
      })
  void accepts_promises_with_a_concrete_time_and_non_promises(String draft) {
    assertThat(Scoring.score(on(Channel.EMAIL, draft)).has(NO_RESPONSE_EXPECTATION))
        .as(Scoring.score(on(Channel.EMAIL, draft)).findings().toString())
        .isFalse();
  }

  @Test
  void a_question_next_door_does_not_supply_the_time() {
    String draft = "I've passed this to our billing team. How else can I help today?";
    assertThat(Scoring.score(on(Channel.MESSAGING, draft)).has(NO_RESPONSE_EXPECTATION)).isTrue();
  }

  @Test
  void offers_the_promise_with_the_channels_response_window() {
    String draft = "Thanks Lee. We'll get back to you.";
    Finding finding =
        Scoring.findings(on(Channel.MESSAGING, draft), NO_RESPONSE_EXPECTATION).get(0);
    assertThat(draft.substring(finding.start(), finding.end())).isEqualTo("get back to you");
    assertThat(finding.start()).isEqualTo(18);
    assertThat(finding.replacement()).isEqualTo("get back to you within 4 hours");
  }
}
