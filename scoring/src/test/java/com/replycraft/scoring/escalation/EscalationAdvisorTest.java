package com.replycraft.scoring.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.json.ScoringJson;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Realistic threads through the scorer: the advice, its reasons and evidence, the offer. */
class EscalationAdvisorTest {

  private final Scorer scorer =
      Scorer.create(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

  @Test
  void a_bereaved_customer_with_a_deadline_is_escalated_now() {
    ScoreResult result =
        scorer.score(
            ScoreRequest.builder()
                .channel(Channel.EMAIL)
                .customerSays(
                    "2026-11-20T07:00:00Z",
                    "My wife passed away on Sunday. The funeral director needs the policy"
                        + " documents by tomorrow and I can't find them.")
                .draft("Please find the policy documents attached.")
                .build());
    EscalationAdvice advice = result.escalation();
    assertThat(advice.recommendation()).isEqualTo(Recommendation.ESCALATE_NOW);
    assertThat(advice.reasons())
        .extracting(EscalationReason::code)
        .contains(ReasonCode.CUSTOMER_DISTRESSED, ReasonCode.URGENT);
    assertThat(advice.confidence()).isGreaterThanOrEqualTo(0.75);
    assertThat(advice.offerText()).contains("call you today");
  }

  @Test
  void an_angry_customer_who_threatens_to_leave_is_escalated_now() {
    EscalationAdvice advice =
        scorer
            .score(
                ScoreRequest.builder()
                    .channel(Channel.MESSAGING)
                    .customerSays(
                        "2026-11-20T08:00:00Z",
                        "Are you joking? Third bill in a row with the wrong amount. I'm switching"
                            + " to another provider.")
                    .draft("I've corrected the bill.")
                    .build())
            .escalation();
    assertThat(advice.recommendation()).isEqualTo(Recommendation.ESCALATE_NOW);
    assertThat(advice.reasons())
        .extracting(EscalationReason::code)
        .contains(ReasonCode.CUSTOMER_FRUSTRATED, ReasonCode.CHURN_OR_COMPLAINT_THREAT);
  }

  @Test
  void a_frustrated_customer_alone_is_offered_a_call() {
    EscalationAdvice advice =
        scorer
            .score(
                ScoreRequest.builder()
                    .customerSays(
                        "2026-11-20T08:00:00Z",
                        "Honestly this is ridiculous, the app logs me out every day.")
                    .draft("Please update the app.")
                    .build())
            .escalation();
    assertThat(advice.recommendation()).isEqualTo(Recommendation.OFFER_SYNC);
    assertThat(advice.reasons())
        .extracting(EscalationReason::code)
        .containsExactly(ReasonCode.CUSTOMER_FRUSTRATED);
  }

  @Test
  void a_calm_question_stays_async_with_no_reasons() {
    EscalationAdvice advice =
        scorer
            .score(
                ScoreRequest.builder()
                    .customerSays("2026-11-20T08:00:00Z", "Hi, what time does the store open?")
                    .draft("We open at 9 am.")
                    .build())
            .escalation();
    assertThat(advice.recommendation()).isEqualTo(Recommendation.STAY_ASYNC);
    assertThat(advice.reasons()).isEmpty();
    assertThat(advice.offerText()).isNull();
  }

  @Test
  void a_breached_wait_alone_stays_async_but_is_listed() {
    EscalationAdvice advice =
        scorer
            .score(
                ScoreRequest.builder()
                    .customerSays("2026-11-17T08:00:00Z", "Can I change my delivery address?")
                    .draft("Yes, I've changed it.")
                    .build())
            .escalation();
    assertThat(advice.recommendation()).isEqualTo(Recommendation.STAY_ASYNC);
    assertThat(advice.reasons())
        .extracting(EscalationReason::code)
        .containsExactly(ReasonCode.RESPONSE_TARGET_BREACHED);
  }

  @Test
  void a_vip_customer_is_offered_a_call() {
    EscalationAdvice advice =
        scorer
            .score(
                ScoreRequest.builder()
                    .customer(new Customer("Ana Ruiz", true, null, true))
                    .customerSays("2026-11-20T08:00:00Z", "Can you send the invoice again?")
                    .draft("Attached.")
                    .build())
            .escalation();
    assertThat(advice.recommendation()).isEqualTo(Recommendation.OFFER_SYNC);
  }

  @Test
  void evidence_quotes_the_customers_sentence_with_its_offsets() {
    String text = "Hi there. Thanks for nothing. I'll sort it myself.";
    EscalationAdvice advice =
        scorer
            .score(
                ScoreRequest.builder()
                    .agentSays("2026-11-20T07:00:00Z", "Hello, how can we help?")
                    .customerSays("2026-11-20T08:00:00Z", text)
                    .draft("Sorry to hear that.")
                    .build())
            .escalation();
    EscalationReason reason = advice.reasons().get(0);
    assertThat(reason.code()).isEqualTo(ReasonCode.CUSTOMER_FRUSTRATED);
    assertThat(reason.evidence()).isEqualTo("Thanks for nothing.");
    assertThat(reason.messageIndex()).isEqualTo(1);
    assertThat(text.substring(reason.start(), reason.end())).isEqualTo("Thanks for nothing.");
  }

  @Test
  void escalating_tone_across_messages_tips_a_thread_into_frustration() {
    EscalationProbe probe = new EscalationProbe(scorer);
    assertThat(probe.frustrated(List.of("The delivery is a bit late, it's quite annoying.")))
        .isTrue();
    assertThat(probe.frustrated(List.of("Hmm, the app seems slow.", "Still slow!!"))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = Channel.class,
      names = {"EMAIL", "TICKET", "MESSAGING", "SOCIAL_PRIVATE", "SOCIAL_PUBLIC", "LIVE_CHAT"})
  void every_written_channel_gets_an_offer_sentence_that_mentions_a_call(Channel channel) {
    EscalationAdvice advice =
        scorer
            .score(
                ScoreRequest.builder()
                    .channel(channel)
                    .customerSays("2026-11-20T08:59:00Z", "This is unacceptable.")
                    .draft("Noted.")
                    .build())
            .escalation();
    assertThat(advice.recommendation().wantsSync()).isTrue();
    assertThat(advice.offerText()).containsIgnoringCase("call");
  }

  @Test
  void a_public_post_is_moved_to_a_private_message_before_the_call() {
    EscalationAdvice advice =
        scorer
            .score(
                ScoreRequest.builder()
                    .channel(Channel.SOCIAL_PUBLIC)
                    .customerSays("2026-11-20T08:59:00Z", "Worst airline ever. Lost my bag.")
                    .draft("Sorry about that.")
                    .build())
            .escalation();
    assertThat(advice.offerText()).contains("DM");
    assertThat(advice.has(ReasonCode.PUBLIC_CHANNEL)).isTrue();
  }

  @Test
  void the_advice_reaches_json_with_reasons_and_evidence() throws Exception {
    ScoringJson codec = new ScoringJson();
    String json =
        """
        {"id": "t1", "channel": "MESSAGING", "draft": "We'll look into it.",
         "draftAt": "2026-11-20T09:00:00Z",
         "thread": [{"author": "CUSTOMER", "at": "2026-11-20T08:00:00Z",
                     "text": "No internet since yesterday and I work from home. Are you kidding me?"}]}
        """;
    String out = codec.write(codec.scoreLine(scorer, json));
    assertThat(out).contains("\"recommendation\":\"OFFER_SYNC\"").doesNotContain("ESCALATE_NOW");
    JsonNode reasons = codec.mapper().readTree(out).get("escalation").get("reasons");
    assertThat(reasons.findValuesAsText("code")).contains("CUSTOMER_FRUSTRATED", "URGENT");
    assertThat(reasons.get(0).get("evidence").asText()).isNotBlank();
  }

  @Test
  void an_audit_advises_on_the_whole_thread() {
    EscalationAdvice advice =
        new EscalationProbe(scorer)
            .advise(List.of("I lost my job and can't afford this.", "Please, it's urgent."));
    assertThat(advice.recommendation()).isEqualTo(Recommendation.ESCALATE_NOW);
  }
}
