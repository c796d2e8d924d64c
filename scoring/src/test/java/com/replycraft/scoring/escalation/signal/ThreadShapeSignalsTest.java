package com.replycraft.scoring.escalation.signal;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.escalation.EscalationAdvice;
import com.replycraft.scoring.escalation.EscalationReason;
import com.replycraft.scoring.escalation.ReasonCode;
import com.replycraft.scoring.json.ScoringJson;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The signals read from the thread's shape: waits, runs of messages, age, value, channel. */
class ThreadShapeSignalsTest {

  private final Scorer scorer =
      Scorer.create(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

  private EscalationAdvice advise(ScoreRequest request) {
    return scorer.score(request).escalation();
  }

  @Test
  void repeated_contact_fires_on_three_customer_messages_without_a_reply() {
    EscalationAdvice advice =
        advise(
            ScoreRequest.builder()
                .customerSays("2026-11-20T06:00:00Z", "Hi, my modem light is orange.")
                .botSays("2026-11-20T06:00:05Z", "Thanks! An agent will be with you shortly.")
                .customerSays("2026-11-20T07:00:00Z", "Any update on this?")
                .customerSays("2026-11-20T08:00:00Z", "Hello?")
                .draftAt("2026-11-20T08:10:00Z")
                .draft("Hi, sorry for the wait.")
                .build());
    assertThat(advice.has(ReasonCode.REPEATED_CONTACT)).isTrue();
    EscalationReason reason = reason(advice, ReasonCode.REPEATED_CONTACT);
    assertThat(reason.evidence()).isEqualTo("3 customer messages in a row without a reply");
    assertThat(reason.messageIndex()).isEqualTo(3);
  }

  @Test
  void answering_a_bots_questions_within_minutes_is_one_contact_not_repeated_contact() {
    EscalationAdvice advice =
        advise(
            ScoreRequest.builder()
                .customerSays("2026-11-20T06:00:00Z", "I need to change my direct debit date.")
                .botSays("2026-11-20T06:00:05Z", "May I have your full name?")
                .customerSays("2026-11-20T06:01:00Z", "Jo Bloggs")
                .botSays("2026-11-20T06:01:05Z", "And your membership number?")
                .customerSays("2026-11-20T06:02:00Z", "MB-20931")
                .botSays("2026-11-20T06:02:05Z", "Thanks, you're in the queue.")
                .draftAt("2026-11-20T06:30:00Z")
                .draft("Hi Jo, I've moved your direct debit to the 15th from next month.")
                .build());
    assertThat(advice.has(ReasonCode.REPEATED_CONTACT)).isFalse();
  }

  @Test
  void repeated_contact_stays_quiet_when_the_agent_answered_between_messages() {
    EscalationAdvice advice =
        advise(
            ScoreRequest.builder()
                .customerSays("2026-11-20T06:00:00Z", "Hi, my modem light is orange.")
                .agentSays("2026-11-20T06:30:00Z", "Could you restart it for me?")
                .customerSays("2026-11-20T07:00:00Z", "Done, it's green now.")
                .agentSays("2026-11-20T07:10:00Z", "Great, anything else?")
                .customerSays("2026-11-20T08:00:00Z", "One more question about my bill.")
                .draftAt("2026-11-20T08:10:00Z")
                .draft("Sure, what would you like to know?")
                .build());
    assertThat(advice.has(ReasonCode.REPEATED_CONTACT)).isFalse();
  }

  @Test
  void long_unresolved_thread_fires_on_a_thread_older_than_a_week() {
    EscalationAdvice advice =
        advise(
            ScoreRequest.builder()
                .customerSays("2026-11-09T09:00:00Z", "My claim for the broken window is open.")
                .agentSays("2026-11-10T09:00:00Z", "We've passed it to the assessor.")
                .customerSays("2026-11-19T09:00:00Z", "Any news on the assessor visit?")
                .draftAt("2026-11-20T08:00:00Z")
                .draft("The assessor will visit on Monday.")
                .build());
    assertThat(advice.has(ReasonCode.LONG_UNRESOLVED_THREAD)).isTrue();
    assertThat(reason(advice, ReasonCode.LONG_UNRESOLVED_THREAD).evidence())
        .isEqualTo("open for 10 days (over 7)");
  }

  @Test
  void long_unresolved_thread_fires_after_many_back_and_forth_turns() {
    ScoreRequest.Builder thread = ScoreRequest.builder();
    for (int i = 0; i < 4; i++) {
      thread.customerSays("2026-11-20T0" + (2 * i) + ":00:00Z", "It still doesn't connect.");
      thread.agentSays("2026-11-20T0" + (2 * i) + ":30:00Z", "Could you try this next step?");
    }
    EscalationAdvice advice =
        advise(thread.customerSays("2026-11-20T08:40:00Z", "No luck.").draft("Ok.").build());
    assertThat(advice.has(ReasonCode.LONG_UNRESOLVED_THREAD)).isTrue();
  }

  @Test
  void long_unresolved_thread_stays_quiet_when_the_customer_says_it_is_sorted() {
    EscalationAdvice advice =
        advise(
            ScoreRequest.builder()
                .customerSays("2026-11-01T09:00:00Z", "My claim for the broken window is open.")
                .agentSays("2026-11-02T09:00:00Z", "We've passed it to the assessor.")
                .customerSays("2026-11-19T09:00:00Z", "All good now, the glazier came. Thanks!")
                .draftAt("2026-11-20T08:00:00Z")
                .draft("Glad to hear it.")
                .build());
    assertThat(advice.has(ReasonCode.LONG_UNRESOLVED_THREAD)).isFalse();
  }

  @Test
  void long_thread_age_comes_from_the_request_policy() throws Exception {
    String json =
        """
        {"channel": "EMAIL", "draft": "We're on it.", "draftAt": "2026-11-20T09:00:00Z",
         "thread": [{"author": "CUSTOMER", "at": "2026-11-17T09:00:00Z", "text": "Any news?"},
                    {"author": "AGENT", "at": "2026-11-17T10:00:00Z", "text": "Checking."},
                    {"author": "CUSTOMER", "at": "2026-11-20T08:30:00Z", "text": "And now?"}],
         "policy": {"longThreadAfter": "P2D"}}
        """;
    ScoringJson codec = new ScoringJson();
    String out = codec.write(codec.scoreLine(scorer, json));
    assertThat(
            codec.mapper().readTree(out).get("escalation").get("reasons").findValuesAsText("code"))
        .contains("LONG_UNRESOLVED_THREAD");
  }

  @Test
  void response_target_breached_fires_on_a_wait_past_the_target() {
    EscalationAdvice advice =
        advise(
            ScoreRequest.builder()
                .channel(Channel.MESSAGING)
                .customerSays("2026-11-17T09:00:00Z", "Can I change my delivery address?")
                .draftAt("2026-11-20T09:00:00Z")
                .draft("Yes, done.")
                .build());
    assertThat(reason(advice, ReasonCode.RESPONSE_TARGET_BREACHED).evidence())
        .isEqualTo("waited 3 days against a 4 hours target");
  }

  @Test
  void public_channel_fires_only_on_public_social() {
    ScoreRequest.Builder request =
        ScoreRequest.builder()
            .customerSays("2026-11-20T08:50:00Z", "Is the store open on Sunday?")
            .draft("Yes, 10 to 4.");
    assertThat(
            advise(request.channel(Channel.SOCIAL_PUBLIC).build()).has(ReasonCode.PUBLIC_CHANNEL))
        .isTrue();
    assertThat(
            advise(request.channel(Channel.SOCIAL_PRIVATE).build()).has(ReasonCode.PUBLIC_CHANNEL))
        .isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # customer value | vip   | threshold | customer text                                   | fires
          12000            | false |           | Can I update my billing email?                  | true
          3000             | false |           | Can I update my billing email?                  | false
          3000             | true  |           | Can I update my billing email?                  | true
          3000             | false | 2000      | Can I update my billing email?                  | true
                           | false |           | The $12,400 transfer to my builder bounced.     | true
                           | false |           | I was charged £6k for a service I never had.    | true
                           | false |           | I paid 7,500 dollars for the roof repair.       | true
                           | false |           | The $49.95 charge appeared twice.               | false
                           | false | 20000     | The $12,400 transfer to my builder bounced.     | false
                           | false |           | My order number is 123456789.                   | false
          """)
  void high_value_fires_on_customer_value_vip_or_large_amounts(
      Double value, boolean vip, Double threshold, String text, boolean fires) {
    ScoreRequest.Builder request =
        ScoreRequest.builder()
            .customer(new Customer("Ana", true, value, vip))
            .customerSays("2026-11-20T08:50:00Z", text)
            .draft("Thanks Ana, done.");
    if (threshold != null) {
      request.highValueThreshold(threshold);
    }
    assertThat(advise(request.build()).has(ReasonCode.HIGH_VALUE)).as(text).isEqualTo(fires);
  }

  @Test
  void high_value_evidence_points_at_the_amount_in_the_message() {
    EscalationAdvice advice =
        advise(
            ScoreRequest.builder()
                .customerSays("2026-11-20T08:50:00Z", "The $12,400 transfer bounced.")
                .draft("Sorry Ana.")
                .build());
    EscalationReason reason = reason(advice, ReasonCode.HIGH_VALUE);
    assertThat(reason.evidence()).isEqualTo("$12,400");
    assertThat(reason.messageIndex()).isZero();
    assertThat(reason.start()).isEqualTo(4);
    assertThat(reason.end()).isEqualTo(11);
  }

  @Test
  void signals_read_only_customer_messages_before_the_reply() {
    EscalationAdvice advice =
        advise(
            ScoreRequest.builder()
                .customerSays("2026-11-20T08:00:00Z", "Can I move my appointment?")
                .agentSays("2026-11-20T08:10:00Z", "Sorry, this is urgent and frustrating, I know!")
                .customerSays("2026-11-20T08:20:00Z", "Thursday would suit.")
                .draft("Thursday 10 am is booked.")
                .build());
    assertThat(advice.reasons()).isEmpty();
  }

  private static EscalationReason reason(EscalationAdvice advice, ReasonCode code) {
    return advice.reasons().stream().filter(r -> r.code() == code).findFirst().orElseThrow();
  }
}
