package com.replycraft.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.review.ImportService;
import com.replycraft.app.security.ApiTokenService;
import com.replycraft.app.security.NewApiToken;
import com.replycraft.app.security.Role;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ReplyCraftTest
class SearchApiTest {

  @LocalServerPort int port;
  @Autowired ApiTokenService tokens;
  @Autowired ImportService imports;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  record Answer(int status, String contentType, JsonNode body) {}

  private Answer get(String query, Role role) throws Exception {
    String token = tokens.create(new NewApiToken("search " + role, role), "test").token();
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/search?" + query))
            .header("Authorization", "Bearer " + token)
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        json.readTree(response.body()));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void a_trainer_finds_a_message_with_its_highlight_total_and_link() throws Exception {
    String tag = "zapi" + UUID.randomUUID().toString().substring(0, 8);
    imports.importCsv(
        new StringReader(
            "conversation_id,channel,author,agent_id,timestamp,text\n"
                + "api-search-"
                + tag
                + ",EMAIL,AGENT,a.lee,2026-11-17T09:00:00Z,\"Your refund <now> is on its way "
                + tag
                + "\"\n"));

    Answer answer =
        get("q=" + encode("refunded " + tag) + "&channel=email&agentId=A.LEE", Role.TRAINER);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("total").asLong()).isEqualTo(1);
    JsonNode hit = answer.body().path("hits").get(0);
    assertThat(hit.path("conversationRef").asText()).isEqualTo("api-search-" + tag);
    assertThat(hit.path("author").asText()).isEqualTo("AGENT");
    assertThat(hit.path("highlights").get(0).asText())
        .contains("<em>refund</em>")
        .contains("&lt;now&gt;");
    assertThat(hit.path("link").asText())
        .isEqualTo("review/" + hit.path("conversationId").asLong());
  }

  @ParameterizedTest(name = "{0} → 400 naming {1}")
  @CsvSource({
    "q=refund&channel=FAX, channel",
    "q=refund&author=ROBOT, author",
    "q=refund&from=17.11.2026, from",
    "q=refund&from=2026-11-20&to=2026-11-17, to",
    "q=refund&size=1000, size",
    "q=refund&page=-1, page",
    "q=refund&page=two, page",
    "channel=, q"
  })
  void a_bad_parameter_gets_400_problem_json_naming_it(String query, String field)
      throws Exception {
    Answer answer = get(query, Role.REVIEWER);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("errors").get(0).path("field").asText()).isEqualTo(field);
    assertThat(answer.body().path("detail").asText()).contains(field + ":");
  }

  @Test
  void an_agent_may_not_search_all_transcripts() throws Exception {
    Answer answer = get("q=refund", Role.AGENT);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }
}
