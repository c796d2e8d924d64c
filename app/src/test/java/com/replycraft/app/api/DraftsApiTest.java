package com.replycraft.app.api;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.compose.ComposeService;
import com.replycraft.app.llm.LlmAssistant;
import com.replycraft.app.llm.LlmProperties;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.json.ScoringJson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.TestingAuthenticationToken;

/**
 * POST /api/v1/drafts: over HTTP in the shared context (no provider configured, so the template
 * answers), and the same controller wired to an OpenAI-compatible server served by WireMock.
 */
@ReplyCraftTest
class DraftsApiTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper mapper;
  @Autowired ComposeService compose;
  @Autowired ScoringJson scoringJson;
  @Autowired Scorer scorer;
  @Autowired Clock clock;

  private final HttpClient http = HttpClient.newHttpClient();

  private record Answer(int status, JsonNode body) {}

  private Answer call(@Nullable String token, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/drafts"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.body().isBlank() ? mapper.createObjectNode() : mapper.readTree(response.body()));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private DraftsController controllerFor(LlmProperties properties) {
    return new DraftsController(
        compose, LlmAssistant.connect(properties, scorer, clock), scoringJson);
  }

  private static LlmProperties openAi(String baseUrl) {
    return new LlmProperties(
        LlmProperties.Provider.OPENAI,
        baseUrl,
        "test-model",
        null,
        Duration.ofSeconds(5),
        300,
        0.2,
        true,
        3,
        Duration.ofMinutes(1));
  }

  private JsonNode draftWith(DraftsController controller) throws Exception {
    String body =
        controller
            .draft(ScoringController.REQUEST_EXAMPLE, new TestingAuthenticationToken("api", null))
            .getBody();
    return mapper.readTree(body);
  }

  @Test
  void without_a_provider_the_best_template_answers_with_a_notice() throws Exception {
    Answer answer = call(ReplyCraftTest.BOOTSTRAP_TOKEN, ScoringController.REQUEST_EXAMPLE);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode body = answer.body();
    assertThat(names(body)).containsExactly("text", "source", "scores", "findings", "notice");
    assertThat(body.path("source").asText()).isEqualTo("template");
    assertThat(body.path("text").asText()).contains("Priya").doesNotContain("{{");
    assertThat(body.at("/scores/overall").isInt()).isTrue();
    assertThat(body.path("findings").isArray()).isTrue();
    assertThat(body.path("notice").asText()).contains("no LLM provider is configured");
  }

  @Test
  void a_request_without_a_thread_is_a_400_naming_the_thread() throws Exception {
    Answer answer = call(ReplyCraftTest.BOOTSTRAP_TOKEN, "{\"channel\": \"EMAIL\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("field").asText()).isEqualTo("thread");
  }

  @Test
  void without_a_token_drafting_is_refused_with_401() throws Exception {
    assertThat(call(null, ScoringController.REQUEST_EXAMPLE).status()).isEqualTo(401);
  }

  @Test
  void with_an_openai_compatible_server_the_llm_draft_is_answered_rescored() throws Exception {
    WireMockServer server = new WireMockServer(options().dynamicPort());
    server.start();
    try {
      server.stubFor(
          post(urlPathEqualTo("/v1/chat/completions"))
              .willReturn(
                  okJson(
                      """
                      {"id": "chatcmpl-1", "object": "chat.completion", "created": 1764147600,
                       "model": "test-model",
                       "choices": [{"index": 0, "finish_reason": "stop", "message": {"role": "assistant",
                         "content": "Hi Priya, I'm sorry you've waited 3 days for an answer. Claim CL-48213 is approved and the money reaches your account by Friday. Sam"}}],
                       "usage": {"prompt_tokens": 400, "completion_tokens": 40, "total_tokens": 440}}""")));

      JsonNode body = draftWith(controllerFor(openAi(server.baseUrl() + "/v1")));

      assertThat(body.path("source").asText()).isEqualTo("llm");
      assertThat(body.path("text").asText()).startsWith("Hi Priya, I'm sorry you've waited 3 days");
      assertThat(body.at("/scores/delayAcknowledgement").asInt()).isGreaterThan(55);
      assertThat(body.path("notice").isNull()).isTrue();
      assertThat(server.getAllServeEvents()).hasSize(1);
    } finally {
      server.stop();
    }
  }

  @Test
  void with_the_server_down_the_template_answers_and_says_why() throws Exception {
    JsonNode body = draftWith(controllerFor(openAi("http://127.0.0.1:9/v1")));

    assertThat(body.path("source").asText()).isEqualTo("template");
    assertThat(body.path("text").asText()).contains("Priya");
    assertThat(body.path("notice").asText()).startsWith("AI provider");
  }
}
