package com.replycraft.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replycraft.app.ReplyCraftTest;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/v1/score, /api/v1/suggestions and GET /api/v1/templates over real HTTP. */
@ReplyCraftTest
class ScoringApiTest {

  @LocalServerPort int port;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  record Answer(int status, String contentType, JsonNode body) {}

  private Answer call(String method, String path, @Nullable String token, @Nullable String body)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body()));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void scores_the_contract_example_and_answers_in_the_contract_json() throws Exception {
    Answer answer =
        call(
            "POST",
            "/api/v1/score",
            ReplyCraftTest.BOOTSTRAP_TOKEN,
            ScoringController.REQUEST_EXAMPLE);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    JsonNode body = answer.body();
    assertThat(names(body))
        .containsExactly("id", "scores", "findings", "escalation", "wait", "metrics");
    assertThat(body.path("id").asText()).isEqualTo("ticket-4821");
    assertThat(names(body.path("scores")))
        .containsExactlyInAnyOrder(
            "tone", "clarity", "delayAcknowledgement", "empathy", "channelFit", "overall");
    JsonNode finding = body.path("findings").get(0);
    assertThat(names(finding))
        .contains(
            "code",
            "dimension",
            "severity",
            "messageIndex",
            "start",
            "end",
            "message",
            "suggestion");
    assertThat(body.path("findings").findValuesAsText("code")).contains("DELAY_NOT_ACKNOWLEDGED");
    assertThat(body.at("/escalation/recommendation").asText()).isIn("OFFER_SYNC", "ESCALATE_NOW");
    assertThat(body.at("/escalation/reasons/0/code").asText()).isNotBlank();
    assertThat(body.at("/wait/responseTarget").asText()).isEqualTo("PT4H");
    assertThat(body.at("/wait/breached").asBoolean()).isTrue();
    assertThat(names(body.path("metrics")))
        .containsExactlyInAnyOrder("words", "sentences", "readingGrade", "readingEase");
  }

  @Test
  void an_unknown_channel_is_a_400_problem_naming_the_field() throws Exception {
    Answer answer =
        call(
            "POST",
            "/api/v1/score",
            ReplyCraftTest.BOOTSTRAP_TOKEN,
            "{\"channel\":\"CARRIER_PIGEON\",\"draft\":\"Hi\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("field").asText()).isEqualTo("channel");
    assertThat(answer.body().path("detail").asText())
        .contains("channel")
        .contains("CARRIER_PIGEON");
  }

  @Test
  void a_bad_timestamp_in_the_thread_names_its_path() throws Exception {
    Answer answer =
        call(
            "POST",
            "/api/v1/score",
            ReplyCraftTest.BOOTSTRAP_TOKEN,
            "{\"draft\":\"Hi\",\"thread\":[{\"author\":\"CUSTOMER\",\"at\":\"2026-13-45T09:00Z\","
                + "\"text\":\"Hello\"}]}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body().path("field").asText()).isEqualTo("thread[0].at");
  }

  @Test
  void malformed_json_and_a_missing_draft_are_400_problem_json() throws Exception {
    Answer malformed = call("POST", "/api/v1/score", ReplyCraftTest.BOOTSTRAP_TOKEN, "{\"draft\":");
    Answer empty = call("POST", "/api/v1/score", ReplyCraftTest.BOOTSTRAP_TOKEN, "{}");

    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.contentType()).startsWith("application/problem+json");
    assertThat(empty.status()).isEqualTo(400);
    assertThat(empty.body().path("field").asText()).isEqualTo("draft");
  }

  @Test
  void without_a_token_scoring_is_refused_with_401() throws Exception {
    Answer answer = call("POST", "/api/v1/score", null, ScoringController.REQUEST_EXAMPLE);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void suggestions_are_filled_from_the_thread_and_scored() throws Exception {
    Answer answer =
        call(
            "POST",
            "/api/v1/suggestions",
            ReplyCraftTest.BOOTSTRAP_TOKEN,
            ScoringController.REQUEST_EXAMPLE);

    assertThat(answer.status()).isEqualTo(200);
    JsonNode list = answer.body().path("suggestions");
    assertThat(list.size()).isBetween(1, 3);
    JsonNode first = list.get(0);
    assertThat(first.path("text").asText()).contains("Priya").doesNotContain("{{");
    assertThat(first.at("/result/scores/overall").isInt()).isTrue();
    assertThat(first.path("templateId").asText()).isNotBlank();
  }

  @Test
  void templates_are_searchable_by_text_and_channel() throws Exception {
    Answer refund =
        call(
            "GET",
            "/api/v1/templates?query="
                + URLEncoder.encode("refund", StandardCharsets.UTF_8)
                + "&channel=EMAIL",
            ReplyCraftTest.BOOTSTRAP_TOKEN,
            null);
    Answer badChannel =
        call("GET", "/api/v1/templates?channel=FAX", ReplyCraftTest.BOOTSTRAP_TOKEN, null);

    assertThat(refund.status()).isEqualTo(200);
    assertThat(refund.body().size()).isPositive();
    assertThat(refund.body().get(0).path("channels").toString()).contains("EMAIL");
    assertThat(badChannel.status()).isEqualTo(400);
    assertThat(badChannel.body().path("field").asText()).isEqualTo("channel");
  }

  @Test
  void the_openapi_description_documents_each_endpoint_with_an_example() throws Exception {
    Answer docs = call("GET", "/v3/api-docs", null, null);

    JsonNode paths = docs.body().path("paths");
    assertThat(paths.at("/~1api~1v1~1score/post/requestBody/content/application~1json/examples"))
        .isNotEmpty();
    assertThat(
            paths.at("/~1api~1v1~1suggestions/post/requestBody/content/application~1json/examples"))
        .isNotEmpty();
    assertThat(
            paths.at("/~1api~1v1~1templates/get/responses/200/content/application~1json/examples"))
        .isNotEmpty();
  }
}
