package com.replycraft.app.llm;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.json.ScoringJson;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The assistant against a provider's real HTTP API served by WireMock, through the real LangChain4j
 * client: each use, each failure, and what leaves the JVM. One subclass per provider.
 */
abstract class LlmProviderContract {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
  static final String TEMPLATE =
      "Hi Priya,\n\nI'm sorry you waited 3 days for an answer. I'm looking at it now.\n\nSam";

  /** A thread full of PII; none of these may reach the provider. */
  static final List<String> PII =
      List.of(
          "priya.natarajan@example.com",
          "7700 900123",
          "4111 1111 1111 1111",
          "PX-2291834",
          "14/03/1987",
          "221B Baker Street",
          "31926819");

  static final String REQUEST =
      """
      {"id": "ticket-1", "channel": "EMAIL", "draftAt": "2026-11-20T09:00:00Z",
       "draft": "Hi Priya, we got your message. We will look at it. We wrote to priya.natarajan@example.com.",
       "thread": [
         {"author": "CUSTOMER", "at": "2026-11-17T08:55:00Z",
          "text": "Hi, I'm Priya (priya.natarajan@example.com, +44 7700 900123). My card 4111 1111 1111 1111 was charged twice for policy number PX-2291834."},
         {"author": "CUSTOMER", "at": "2026-11-17T09:10:00Z",
          "text": "My date of birth is 14/03/1987, I live at 221B Baker Street and my account number is 31926819. You're joking right? 3 days and nothing!"}
       ],
       "customer": {"name": "Priya Natarajan"},
       "policy": {"responseTarget": "PT4H"}}""";

  static final String JUDGEMENT =
      """
      {"tone": {"score": 70, "rationale": "Polite but flat."},
       "clarity": {"score": 40, "rationale": "No next step or time for [EMAIL_1]."},
       "delayAcknowledgement": {"score": 10, "rationale": "Ignores the three-day wait."},
       "empathy": {"score": 20, "rationale": "Does not recognise the frustration."},
       "channelFit": {"score": 80, "rationale": "Fits e-mail."}}""";

  static WireMockServer wireMock;
  final ScoreRequest request = new ScoringJson().readRequest(REQUEST);

  @BeforeAll
  static void startWireMock() {
    wireMock = new WireMockServer(options().dynamicPort());
    wireMock.start();
  }

  @AfterAll
  static void stopWireMock() {
    wireMock.stop();
  }

  @BeforeEach
  void reset() {
    wireMock.resetAll();
  }

  abstract LlmProperties.Provider provider();

  abstract String baseUrl();

  abstract String chatPath();

  /** A successful chat answer in the provider's wire format. */
  abstract String answer(String content);

  LlmAssistant assistant(Duration timeout) {
    LlmProperties properties =
        new LlmProperties(
            provider(),
            baseUrl(),
            "test-model",
            "sk-test",
            timeout,
            300,
            0.2,
            true,
            3,
            Duration.ofMinutes(5));
    return new LlmAssistant(
        properties, Optional.of(LlmConfiguration.clients(properties)), Scorer.create(CLOCK), CLOCK);
  }

  LlmAssistant assistant() {
    return assistant(Duration.ofSeconds(5));
  }

  void answerWith(ResponseDefinitionBuilder response) {
    wireMock.stubFor(post(urlPathEqualTo(chatPath())).willReturn(response));
  }

  void answerWith(String content) {
    answerWith(okJson(answer(content)));
  }

  String json(String content) {
    try {
      return JSON.writeValueAsString(content);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  List<String> sentBodies() {
    return wireMock.getAllServeEvents().stream()
        .map(ServeEvent::getRequest)
        .map(r -> r.getBodyAsString())
        .toList();
  }

  @Test
  void drafts_a_reply_restores_the_placeholders_and_rescores_it() {
    answerWith(
        "Hi Priya,\n\nI'm sorry you've waited 3 days, that is far too long. I can see the double"
            + " charge on your card and I'm refunding it today; you'll get a confirmation at"
            + " [EMAIL_1] by Friday.\n\nSam");

    AssistedReply reply = assistant().draft(request, TEMPLATE, "Sam");

    assertThat(reply.source()).isEqualTo(AssistedReply.Source.LLM);
    assertThat(reply.notice()).isNull();
    assertThat(reply.text()).contains("priya.natarajan@example.com").doesNotContain("[EMAIL_1]");
    assertThat(reply.result().scores().overall()).isBetween(0, 100);
    assertThat(sentBodies()).hasSize(1);
    assertThat(sentBodies().get(0)).contains("3 days").contains("[CARD_1]");
  }

  @Test
  void no_raw_pii_reaches_the_provider_in_any_use() {
    answerWith("Hi Priya, sorry for the wait. Sam");
    LlmAssistant assistant = assistant();
    assistant.draft(request, TEMPLATE, "Sam");
    assistant.rewrite(request, List.of());
    answerWith(JUDGEMENT);
    assistant.judge(request);

    List<String> bodies = sentBodies();
    assertThat(bodies).hasSize(3);
    for (String body : bodies) {
      for (String pii : PII) {
        assertThat(body).doesNotContain(pii);
      }
      assertThat(body).contains("[EMAIL_1]").contains("[PHONE_1]").contains("[ADDRESS_1]");
    }
  }

  @Test
  void rewrites_the_draft_to_fix_its_findings() {
    answerWith(
        "Hi Priya, I'm sorry you've waited 3 days for this. I'm sorting out the double charge"
            + " today and will confirm at [EMAIL_1] by 5 pm. Sam");

    AssistedReply reply = assistant().rewrite(request, List.of());

    assertThat(reply.source()).isEqualTo(AssistedReply.Source.LLM);
    assertThat(reply.text()).contains("priya.natarajan@example.com");
    assertThat(sentBodies().get(0)).contains("Problems to fix");
    assertThat(reply.result().findings()).isNotNull();
  }

  @Test
  void judges_the_draft_per_dimension() {
    answerWith(JUDGEMENT);

    SecondOpinion opinion = assistant().judge(request);

    assertThat(opinion.notice()).isNull();
    assertThat(opinion.dimensions())
        .extracting(SecondOpinion.Opinion::dimension)
        .containsExactly(Dimension.values());
    assertThat(opinion.dimensions().get(1).score()).isEqualTo(40);
    assertThat(opinion.dimensions().get(1).rationale())
        .isEqualTo("No next step or time for priya.natarajan@example.com.");
  }

  @Test
  void a_judge_answer_in_malformed_json_gives_a_notice() {
    answerWith("{\"tone\": {\"score\": 70, \"rationale\": \"ok\"}, \"clarity\": ");

    SecondOpinion opinion = assistant().judge(request);

    assertThat(opinion.available()).isFalse();
    assertThat(opinion.notice()).isEqualTo(LlmFailure.UNUSABLE.notice);
  }

  @Test
  void a_model_ignoring_the_format_gives_a_notice() {
    answerWith("The reply is fine overall, I'd give it a 7 out of 10.");
    SecondOpinion prose = assistant().judge(request);
    answerWith("{\"tone\": {\"score\": 170, \"rationale\": \"\"}}");
    SecondOpinion outOfRange = assistant().judge(request);

    assertThat(prose.notice()).isEqualTo(LlmFailure.UNUSABLE.notice);
    assertThat(outOfRange.notice()).isEqualTo(LlmFailure.UNUSABLE.notice);
  }

  @Test
  void an_empty_answer_falls_back_to_the_template() {
    answerWith("");

    AssistedReply reply = assistant().draft(request, TEMPLATE, "Sam");

    assertThat(reply.source()).isEqualTo(AssistedReply.Source.TEMPLATE);
    assertThat(reply.text()).isEqualTo(TEMPLATE);
    assertThat(reply.notice()).isEqualTo(LlmFailure.UNUSABLE.notice);
  }

  @Test
  void a_slow_answer_past_the_timeout_falls_back_to_the_template() {
    // The answer comes far later than the timeout, so a client that waited for it is told apart
    // from one that gave up even on a busy machine.
    answerWith(okJson(answer("too late")).withFixedDelay(10_000));

    long started = System.nanoTime();
    AssistedReply reply = assistant(Duration.ofMillis(800)).draft(request, TEMPLATE, "Sam");

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(8_000));
    assertThat(reply.source()).isEqualTo(AssistedReply.Source.TEMPLATE);
    assertThat(reply.notice()).isEqualTo(LlmFailure.TIMEOUT.notice);
    assertThat(reply.result().scores().overall()).isBetween(0, 100);
  }

  @Test
  void a_server_error_falls_back_to_the_template() {
    answerWith(aResponse().withStatus(500).withBody("{\"error\": \"boom\"}"));

    AssistedReply reply = assistant().draft(request, TEMPLATE, "Sam");

    assertThat(reply.source()).isEqualTo(AssistedReply.Source.TEMPLATE);
    assertThat(reply.notice()).isEqualTo(LlmFailure.SERVER_ERROR.notice);
  }

  @Test
  void a_rate_limit_falls_back_and_keeps_the_draft() {
    answerWith(
        aResponse()
            .withStatus(429)
            .withHeader("Content-Type", "application/json")
            .withBody(
                "{\"error\": {\"message\": \"Rate limit reached\", \"type\": \"requests\"}}"));

    AssistedReply draft = assistant().draft(request, TEMPLATE, "Sam");
    AssistedReply rewrite = assistant().rewrite(request, List.of());

    assertThat(draft.notice()).isEqualTo(LlmFailure.RATE_LIMITED.notice);
    assertThat(rewrite.source()).isEqualTo(AssistedReply.Source.DRAFT);
    assertThat(rewrite.text()).isEqualTo(request.draft());
    assertThat(rewrite.notice()).isEqualTo(LlmFailure.RATE_LIMITED.notice);
  }

  @Test
  void a_malformed_http_body_falls_back_to_the_template() {
    answerWith(
        aResponse()
            .withStatus(200)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"choices\": [{\"message\": "));

    AssistedReply reply = assistant().draft(request, TEMPLATE, "Sam");

    assertThat(reply.source()).isEqualTo(AssistedReply.Source.TEMPLATE);
    assertThat(reply.notice()).isNotBlank();
  }

  @Test
  void repeated_failures_open_the_circuit_and_stop_calling_the_provider() {
    answerWith(aResponse().withStatus(503));
    LlmAssistant assistant = assistant();

    assistant.draft(request, TEMPLATE, "Sam");
    assistant.draft(request, TEMPLATE, "Sam");
    AssistedReply third = assistant.draft(request, TEMPLATE, "Sam");
    AssistedReply fourth = assistant.draft(request, TEMPLATE, "Sam");
    SecondOpinion judged = assistant.judge(request);

    assertThat(third.notice()).isEqualTo("AI assistant paused after repeated failures");
    assertThat(fourth.notice()).isEqualTo("AI assistant paused after repeated failures");
    assertThat(judged.notice()).isEqualTo("AI assistant paused after repeated failures");
    assertThat(assistant.paused()).isTrue();
    assertThat(sentBodies()).hasSize(3);
  }
}
