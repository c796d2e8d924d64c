package com.replycraft.scoring.check.delay;

import static com.replycraft.scoring.FindingCode.RESTARTED_CONVERSATION;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Scoring;
import com.replycraft.scoring.thread.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class RestartedConversationCheckTest {

  static ScoreRequest after(String customer, String draft) {
    return ScoreRequest.builder()
        .channel(Channel.MESSAGING)
        .customerSays("2026-11-20T08:30:00Z", customer)
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }

  static final String ENQUIRY = "Hi, my new SIM still shows no service after two days.";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hi Ana! How can I help you today?",
        "Welcome to Telco messaging. To get started, please let me know your enquiry.",
        "Hello, what can I do for you?",
        "Hi Ana, could you tell me what the issue is?",
        "Hey there! What can we help you with today?",
        "Thanks for reaching out. May I know how can I assist you? 😊",
        "Good morning! How may I be of assistance?",
        "Hi Ana, please share your query and we'll take it from there."
      })
  void flags_a_reply_that_asks_for_an_enquiry_already_given(String draft) {
    assertThat(Scoring.score(after(ENQUIRY, draft)).has(RESTARTED_CONVERSATION)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // false alarms avoided: a follow-up offer after answering is not a restart
        "Hi Ana, I've re-provisioned your SIM; restart your phone. Is there anything else I can"
            + " help with?",
        "Your SIM is active now. Let me know if there's anything more we can do for you.",
        "Hi Ana, how else can I help today?",
        // a statement, not a request:
        "Hi Ana, I can see what the issue is: the SIM was never activated. It is now.",
        "I know how frustrating this is. Your SIM is active again."
      })
  void leaves_good_replies_alone(String draft) {
    assertThat(Scoring.score(after(ENQUIRY, draft)).has(RESTARTED_CONVERSATION)).isFalse();
  }

  static final String REPORT =
      "Since Monday's update the invoices page in the app shows the wrong totals for every order"
          + " over $100. I've cleared the cache and it still happens on two laptops.";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Hi Marcus, thanks for reaching out! Could you describe the issue you're experiencing and"
            + " the steps to reproduce it?",
        "Hello, please explain the problem so we can look into it.",
        "Thanks for getting in touch. Can you tell us what happened?",
        "Hi, could you let us know what went wrong?"
      })
  void flags_asking_a_customer_who_described_the_problem_to_describe_it(String draft) {
    assertThat(Scoring.score(after(REPORT, draft)).has(RESTARTED_CONVERSATION)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // false alarms avoided: a follow-up for more detail is not a restart
        "Could you describe the issue in a bit more detail: is it every order or only some?",
        "Can you tell us what exactly happened when you cleared the cache?",
        // false alarms avoided: no request
        "We found what went wrong: the update rounded totals twice. A fix ships on Thursday."
      })
  void leaves_follow_up_questions_about_a_described_problem_alone(String draft) {
    assertThat(Scoring.score(after(REPORT, draft)).has(RESTARTED_CONVERSATION)).isFalse();
  }

  @Test
  void asking_to_describe_the_problem_is_fine_when_the_customer_barely_said_what_it_is() {
    assertThat(
            Scoring.score(after("Hi, the app is broken.", "Sorry! Could you describe the issue?"))
                .has(RESTARTED_CONVERSATION))
        .isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"hi", "Hello!", "Hi there, anyone?", "hey"})
  void asking_how_to_help_is_fine_when_the_customer_only_said_hello(String customer) {
    assertThat(
            Scoring.score(after(customer, "Hi! How can I help you today?"))
                .has(RESTARTED_CONVERSATION))
        .isFalse();
  }

  @ParameterizedTest
  @EnumSource(
      value = Channel.class,
      names = {"EMAIL", "TICKET", "SOCIAL_PRIVATE", "LIVE_CHAT"})
  void fires_on_every_channel(Channel channel) {
    ScoreRequest request =
        ScoreRequest.builder()
            .channel(channel)
            .customerSays("2026-11-20T08:59:30Z", "I was billed twice for my October plan.")
            .draftAt("2026-11-20T09:00:00Z")
            .draft("Hello! What can I help you with?")
            .build();
    assertThat(Scoring.score(request).has(RESTARTED_CONVERSATION)).isTrue();
  }

  @Test
  void points_at_the_sentence_and_is_critical_after_a_breached_wait() {
    String draft = "Hi Ana.\nTo get started, please let me know your enquiry.";
    ScoreRequest late =
        ScoreRequest.builder()
            .channel(Channel.MESSAGING)
            .customerSays("2026-11-17T09:00:00Z", ENQUIRY)
            .draftAt("2026-11-20T09:00:00Z")
            .draft(draft)
            .build();
    List<Finding> findings = Scoring.findings(late, RESTARTED_CONVERSATION);
    assertThat(findings).hasSize(1);
    assertThat(draft.substring(findings.get(0).start(), findings.get(0).end()))
        .isEqualTo("To get started, please let me know your enquiry.");
    assertThat(findings.get(0).severity()).isEqualTo(Severity.CRITICAL);
    assertThat(findings.get(0).suggestion()).contains("no service after two days");

    assertThat(Scoring.findings(after(ENQUIRY, draft), RESTARTED_CONVERSATION).get(0).severity())
        .isEqualTo(Severity.MAJOR);
  }
}
