package com.replycraft.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.security.ApiTokenService;
import com.replycraft.app.security.NewApiToken;
import com.replycraft.app.security.Role;
import com.replycraft.app.security.UserService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ReplyCraftTest
class ApiTest {

  @LocalServerPort int port;
  @Autowired ApiTokenService tokens;
  @Autowired UserService users;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  record Answer(int status, String contentType, JsonNode body) {}

  private Answer call(String method, String path, @Nullable String token, @Nullable String body)
      throws IOException, InterruptedException {
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
    String text = response.body();
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        text.isBlank() ? json.createObjectNode() : json.readTree(text));
  }

  private Answer get(String path, @Nullable String token) throws Exception {
    return call("GET", path, token, null);
  }

  @Test
  void refuses_a_call_without_a_token_with_401_problem_json() throws Exception {
    Answer answer = get("/api/v1/me", null);

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("detail").asText()).contains("Authorization: Bearer");
  }

  @Test
  void refuses_an_unknown_token_with_401_problem_json() throws Exception {
    Answer answer = get("/api/v1/me", "rc_not-a-real-token");

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("detail").asText()).contains("unknown or revoked");
  }

  @Test
  void the_bootstrap_token_from_configuration_is_accepted() throws Exception {
    Answer answer = get("/api/v1/me", ReplyCraftTest.BOOTSTRAP_TOKEN);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("role").asText()).isEqualTo("ADMIN");
    assertThat(answer.body().path("name").asText()).contains("bootstrap");
  }

  @Test
  void provisioning_the_bootstrap_token_again_changes_nothing() {
    long before = tokens.countActive();

    boolean created = tokens.ensure(ReplyCraftTest.BOOTSTRAP_TOKEN, "again", Role.ADMIN);

    assertThat(created).isFalse();
    assertThat(tokens.countActive()).isEqualTo(before);
  }

  @Test
  void status_reports_the_version_and_counts() throws Exception {
    Answer answer = get("/api/v1/status", ReplyCraftTest.BOOTSTRAP_TOKEN);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("version").asText()).isNotBlank();
    assertThat(answer.body().path("users").asLong()).isEqualTo(users.count());
    assertThat(answer.body().path("activeTokens").asLong()).isPositive();
  }

  @Test
  void an_agent_token_may_not_manage_users_and_gets_403_problem_json() throws Exception {
    String agentToken = tokens.create(new NewApiToken("agent script", Role.AGENT), "test").token();

    Answer me = get("/api/v1/me", agentToken);
    Answer users = get("/api/v1/users", agentToken);

    assertThat(me.status()).isEqualTo(200);
    assertThat(users.status()).isEqualTo(403);
    assertThat(users.contentType()).startsWith("application/problem+json");
  }

  @Test
  void a_revoked_token_is_refused() throws Exception {
    var created = tokens.create(new NewApiToken("to revoke", Role.ADMIN), "test");
    tokens.revoke(created.summary().id());

    assertThat(get("/api/v1/me", created.token()).status()).isEqualTo(401);
  }

  @Test
  void invalid_input_gets_400_naming_each_field_and_creates_nothing() throws Exception {
    long before = users.count();

    Answer answer =
        call(
            "POST",
            "/api/v1/users",
            ReplyCraftTest.BOOTSTRAP_TOKEN,
            "{\"username\":\"api-user\",\"displayName\":\"\",\"roles\":[\"AGENT\"],"
                + "\"password\":\"short\"}");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("errors").findValuesAsText("field"))
        .containsExactly("displayName", "password");
    assertThat(answer.body().path("detail").asText()).contains("displayName: Enter a display name");
    assertThat(users.count()).isEqualTo(before);
  }

  @Test
  void creates_a_user_and_then_refuses_the_same_username_with_409() throws Exception {
    String body =
        "{\"username\":\"api-made\",\"displayName\":\"Api Made\",\"roles\":[\"TRAINER\"],"
            + "\"password\":\"long-enough\"}";

    Answer first = call("POST", "/api/v1/users", ReplyCraftTest.BOOTSTRAP_TOKEN, body);
    Answer second = call("POST", "/api/v1/users", ReplyCraftTest.BOOTSTRAP_TOKEN, body);

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.body().path("roles").get(0).asText()).isEqualTo("TRAINER");
    assertThat(first.body().has("passwordHash")).isFalse();
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.body().path("errors").get(0).path("field").asText()).isEqualTo("username");
  }

  @Test
  void an_unknown_user_or_path_is_404_problem_json() throws Exception {
    Answer user = get("/api/v1/users/nobody-here", ReplyCraftTest.BOOTSTRAP_TOKEN);
    Answer path = get("/api/v1/no-such-endpoint", ReplyCraftTest.BOOTSTRAP_TOKEN);

    assertThat(user.status()).isEqualTo(404);
    assertThat(user.contentType()).startsWith("application/problem+json");
    assertThat(path.status()).isEqualTo(404);
    assertThat(path.contentType()).startsWith("application/problem+json");
  }

  @Test
  void the_openapi_description_is_public_and_declares_the_bearer_scheme() throws Exception {
    Answer answer = get("/v3/api-docs", null);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().at("/components/securitySchemes/bearer-token/scheme").asText())
        .isEqualTo("bearer");
    assertThat(answer.body().path("paths").has("/api/v1/me")).isTrue();
  }

  @Test
  void health_is_open_and_up() throws Exception {
    Answer answer = get("/actuator/health", null);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("status").asText()).isEqualTo("UP");
  }
}
