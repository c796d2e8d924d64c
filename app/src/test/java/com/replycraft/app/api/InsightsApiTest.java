package com.replycraft.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.insights.InsightsDemoData;
import com.replycraft.app.insights.InsightsService;
import com.replycraft.app.security.ApiTokenService;
import com.replycraft.app.security.NewApiToken;
import com.replycraft.app.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** GET /api/v1/insights/kpis on the demo history (eight weeks up to yesterday). */
@ReplyCraftTest
class InsightsApiTest {

  @LocalServerPort int port;
  @Autowired ApiTokenService tokens;
  @Autowired InsightsService insights;
  @Autowired ObjectMapper json;
  @Autowired InsightsDemoData demoHistory;

  @BeforeEach
  void theDemoHistoryIsStored() {
    assertThat(demoHistory.await(Duration.ofMinutes(3))).isTrue();
  }

  private final HttpClient http = HttpClient.newHttpClient();

  record Answer(int status, String contentType, JsonNode body) {}

  private Answer get(String query, String token) throws Exception {
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/api/v1/insights/kpis" + query))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        json.readTree(response.body()));
  }

  private String period() {
    LocalDate today = insights.today();
    return "&from=" + today.minusWeeks(8) + "&to=" + today;
  }

  private String token(Role role, String createdBy) {
    return tokens.create(new NewApiToken("insights test", role), createdBy).token();
  }

  private static List<String> groups(JsonNode body) {
    List<String> groups = new ArrayList<>();
    body.forEach(row -> groups.add(row.path("group").asText()));
    return groups;
  }

  @Test
  void a_reviewer_gets_one_row_per_channel_with_every_kpi() throws Exception {
    Answer answer = get("?groupBy=channel" + period(), token(Role.REVIEWER, "reviewer"));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().isArray()).isTrue();
    assertThat(groups(answer.body())).contains("EMAIL", "MESSAGING", "LIVE_CHAT");
    JsonNode email = answer.body().get(groups(answer.body()).indexOf("EMAIL"));
    assertThat(email.path("conversations").asLong()).isPositive();
    for (String field :
        List.of(
            "firstResponseMedianMinutes",
            "firstResponseP90Minutes",
            "cycleTimeMedianHours",
            "resolutionRate",
            "targetAdherence",
            "silentDropRate")) {
      assertThat(email.has(field)).as(field).isTrue();
    }
    assertThat(email.path("firstResponseP90Minutes").asDouble())
        .isGreaterThanOrEqualTo(email.path("firstResponseMedianMinutes").asDouble());
    assertThat(email.path("targetAdherence").asDouble()).isBetween(0.0, 1.0);
  }

  @Test
  void a_bad_group_by_is_a_400_problem_naming_the_parameter() throws Exception {
    Answer answer = get("?groupBy=colour" + period(), token(Role.ADMIN, "admin"));

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("parameter").asText()).isEqualTo("groupBy");
    assertThat(answer.body().path("detail").asText()).contains("channel, team or agent");
  }

  @Test
  void a_bad_date_and_a_reversed_period_are_400_problems_naming_the_parameter() throws Exception {
    String token = token(Role.ADMIN, "admin");

    Answer badDate = get("?groupBy=agent&from=2026-13-01", token);
    Answer reversed = get("?from=2026-11-20&to=2026-11-01", token);

    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body().path("parameter").asText()).isEqualTo("from");
    assertThat(badDate.body().path("detail").asText()).contains("YYYY-MM-DD");
    assertThat(reversed.status()).isEqualTo(400);
    assertThat(reversed.body().path("parameter").asText()).isEqualTo("from");
  }

  @Test
  void an_agent_token_gets_only_the_agent_ids_of_its_owner() throws Exception {
    Set<String> own = insights.scopeOf("agent", List.of(Role.AGENT_NAME)).agentIds();
    Answer everyone = get("?groupBy=agent" + period(), token(Role.REVIEWER, "reviewer"));

    Answer mine = get("?groupBy=agent" + period(), token(Role.AGENT, "agent"));

    assertThat(mine.status()).isEqualTo(200);
    assertThat(own).isNotEmpty();
    assertThat(groups(mine.body())).isNotEmpty().allSatisfy(g -> assertThat(own).contains(g));
    assertThat(groups(everyone.body())).hasSizeGreaterThan(groups(mine.body()).size());
  }
}
