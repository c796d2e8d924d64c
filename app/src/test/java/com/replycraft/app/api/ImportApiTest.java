package com.replycraft.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.security.ApiTokenService;
import com.replycraft.app.security.NewApiToken;
import com.replycraft.app.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ReplyCraftTest
class ImportApiTest {

  static final String CSV =
      "conversation_id,channel,author,agent_id,timestamp,text,customer_name,customer_authenticated,customer_value\n"
          + "api-1,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,\"Where is my refund, please?\",Priya,true,2400\n"
          + "api-1,FAX,AGENT,a.lee,2026-11-17T10:00:00Z,Sent today.,,,\n"
          + "api-1,EMAIL,AGENT,a.lee,2026-11-17T10:00:00Z,\"Hi Priya, it was sent today. Alex\",,,\n";

  @LocalServerPort int port;
  @Autowired ApiTokenService tokens;
  @Autowired ObjectMapper json;
  @Autowired ConversationService conversations;

  private final HttpClient http = HttpClient.newHttpClient();

  record Answer(int status, String contentType, JsonNode body) {}

  private Answer post(@Nullable String token, String contentType, String body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", contentType);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body()));
  }

  private String token(Role role) {
    return tokens.create(new NewApiToken("import " + role, role), "test").token();
  }

  @Test
  void a_reviewer_imports_a_csv_and_gets_the_counts_and_every_rejected_line() throws Exception {
    Answer answer = post(token(Role.REVIEWER), "text/csv; charset=utf-8", CSV);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("conversations").asInt()).isEqualTo(1);
    assertThat(answer.body().path("messages").asInt()).isEqualTo(2);
    assertThat(answer.body().path("rejected")).hasSize(1);
    assertThat(answer.body().path("rejected").get(0).path("line").asInt()).isEqualTo(3);
    assertThat(answer.body().path("rejected").get(0).path("reason").asText())
        .contains("unknown channel");
    assertThat(conversations.autoQa("api-1")).isPresent();
  }

  @Test
  void an_admin_imports_jsonl() throws Exception {
    String line =
        "{\"conversationId\": \"api-jl-1\", \"agentId\": \"s.kim\", \"thread\": [{\"author\":"
            + " \"CUSTOMER\", \"at\": \"2026-11-17T08:55:00Z\", \"text\": \"Hello?\"}, {\"author\":"
            + " \"AGENT\", \"at\": \"2026-11-17T09:00:00Z\", \"text\": \"Hi! How can I help?\"}]}\n";

    Answer answer = post(token(Role.ADMIN), "application/x-ndjson", line);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("conversations").asInt()).isEqualTo(1);
    assertThat(answer.body().path("messages").asInt()).isEqualTo(2);
    assertThat(answer.body().path("rejected")).isEmpty();
  }

  @Test
  void without_a_token_the_import_is_refused_with_401() throws Exception {
    Answer answer = post(null, "text/csv", CSV);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void an_agent_token_may_not_import() throws Exception {
    Answer answer = post(token(Role.AGENT), "text/csv", CSV);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void an_unsupported_content_type_is_a_415_problem() throws Exception {
    Answer answer = post(token(Role.REVIEWER), "application/json", "{}");

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.contentType()).startsWith("application/problem+json");
  }

  @Test
  void a_csv_with_the_wrong_header_is_a_400_problem() throws Exception {
    Answer answer = post(token(Role.REVIEWER), "text/csv", "id,text\n1,hello\n");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("detail").asText()).contains("conversation_id,channel");
  }

  @Test
  void the_openapi_description_documents_the_import_with_examples() throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs")).build(),
            HttpResponse.BodyHandlers.ofString());
    JsonNode post =
        json.readTree(response.body()).path("paths").path("/api/v1/imports").path("post");

    assertThat(post.path("requestBody").path("content").has("text/csv")).isTrue();
    assertThat(post.path("requestBody").path("content").has("application/x-ndjson")).isTrue();
    assertThat(post.toString()).contains("conversation_id,channel,author").contains("rejected");
  }
}
