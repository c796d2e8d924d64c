package com.replycraft.scoring.check.empathy;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.thread.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmotionAcknowledgedCheckTest {

  private static final String FRUSTRATED =
      "I'm really frustrated. The refund was promised two weeks ago and it's still not here.";
  private static final String BEREAVED =
      "My mother passed away in October and you are still sending her bills.";

  private final Scorer scorer =
      Scorer.create(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

  private ScoreResult score(String customer, String draft) {
    return scorer.score(
        ScoreRequest.builder()
            .channel(Channel.EMAIL)
            .customerSays("2026-11-20T08:30:00Z", customer)
            .draft(draft)
            .build());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hi Jo, the refund of $84 was sent today and will reach your card by Friday.",
        "Please allow 5 to 7 working days for the refund.",
        // negated recognition is no recognition
        "I don't understand why you're upset, the refund was processed on time.",
        // an apology for the inconvenience does not name a feeling
        "Sorry for the inconvenience. The refund was sent today.",
      })
  void flags_a_reply_that_ignores_the_customers_frustration(String draft) {
    assertThat(score(FRUSTRATED, draft).has(FindingCode.NO_EMOTION_ACKNOWLEDGED))
        .as(draft)
        .isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I understand how frustrating this has been. The refund was sent today.",
        "I can see why you're upset after waiting two weeks. The refund was sent today.",
        "That sounds really stressful, and I'm sorry. The refund was sent today.",
        "You have every right to be annoyed. The refund was sent today.",
        "I know this has been a worry. The refund was sent today.",
        "No wonder you're fed up after two weeks. The refund was sent today.",
        "Two weeks is far too long, and I know how hard that wait has been. The refund is sent.",
        "I'm sorry you've had to chase this. The refund was sent today.",
        // owning the failure answers plain frustration
        "That's on us, and I've sent the refund today.",
        "We got this wrong. The refund was sent today and reaches you by Friday.",
        "Two weeks is our fault, not yours. The refund was sent today.",
        // the cue may open the thought in the sentence before
        "I'm so sorry. Waiting two weeks for your own money is awful.",
      })
  void accepts_recognition_in_any_phrasing(String draft) {
    assertThat(score(FRUSTRATED, draft).has(FindingCode.NO_EMOTION_ACKNOWLEDGED))
        .as(draft)
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I'm so sorry to hear about your mother. I've stopped the bills today.",
        "Please accept my condolences. I've stopped the bills today.",
        "I'm so sorry for your loss. I've stopped the bills today.",
      })
  void accepts_condolences_for_a_bereaved_customer(String draft) {
    assertThat(score(BEREAVED, draft).has(FindingCode.NO_EMOTION_ACKNOWLEDGED)).as(draft).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          My mother passed away in October and you are still sending her bills. | That's on us. I've stopped the bills today.
          I lost my job and can't afford the late fee this month.               | That's on us, and the fee is waived.
          I'm really scared the payment won't go through before the surgery.    | We got this wrong. The payment goes through today.
          """)
  void owning_the_failure_does_not_answer_grief_fear_or_hardship(String customer, String draft) {
    assertThat(score(customer, draft).has(FindingCode.NO_EMOTION_ACKNOWLEDGED)).as(draft).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // false alarms avoided: the customer expressed no feeling
        "Hi, can you tell me when my refund will arrive?",
        "I'm not angry, just asking when the refund will arrive.",
        "Thanks, please send the invoice to my work email.",
      })
  void stays_quiet_when_the_customer_expressed_no_feeling(String customer) {
    assertThat(
            score(customer, "The refund reaches your card by Friday.")
                .has(FindingCode.NO_EMOTION_ACKNOWLEDGED))
        .as(customer)
        .isFalse();
  }

  @Test
  void stays_quiet_when_an_earlier_reply_already_answered_the_feeling() {
    ScoreResult result =
        scorer.score(
            ScoreRequest.builder()
                .customerSays("2026-11-20T07:00:00Z", FRUSTRATED)
                .agentSays("2026-11-20T07:30:00Z", "I understand how frustrating this is.")
                .customerSays("2026-11-20T08:30:00Z", "Ok, when will it arrive?")
                .draft("By Friday.")
                .build());
    assertThat(result.has(FindingCode.NO_EMOTION_ACKNOWLEDGED)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          I'm furious, the refund is two weeks late.               | I can see why you're furious, and I'm sorry.
          This is ridiculous, the refund is two weeks late.        | I understand how frustrating this has been, and I'm sorry.
          My mother passed away and you're still billing her.      | I'm so sorry for your loss
          I lost my job and can't afford the late fee.             | money is tight
          I'm really worried the payment won't go through.         | a real worry
          """)
  void the_inserted_sentence_names_the_feeling_the_customer_expressed(
      String customer, String expected) {
    Finding finding =
        score(customer, "The payment is sorted.")
            .findings(FindingCode.NO_EMOTION_ACKNOWLEDGED)
            .get(0);
    assertThat(finding.replacement()).contains(expected);
  }

  @Test
  void inserts_the_sentence_right_after_the_greeting() {
    String draft = "Hi Jo,\n\nThe refund was sent today.";
    Finding finding = score(FRUSTRATED, draft).findings(FindingCode.NO_EMOTION_ACKNOWLEDGED).get(0);
    assertThat(finding.start()).isEqualTo(draft.indexOf("The refund"));
    assertThat(finding.end()).isEqualTo(finding.start());
    assertThat(finding.replacement()).isEqualTo("I can see why you're frustrated, and I'm sorry. ");
  }

  @Test
  void inserts_after_an_inline_greeting() {
    String draft = "Hi Jo, the refund was sent today.";
    Finding finding = score(FRUSTRATED, draft).findings(FindingCode.NO_EMOTION_ACKNOWLEDGED).get(0);
    assertThat(finding.start()).isEqualTo(draft.indexOf("the refund"));
  }
}
