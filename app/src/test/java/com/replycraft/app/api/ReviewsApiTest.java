package com.replycraft.app.api;

import static com.replycraft.app.review.ReviewFixtures.reviewer;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.review.ReviewDetails;
import com.replycraft.app.review.ReviewFixtures;
import com.replycraft.app.review.ReviewForm;
import com.replycraft.app.review.ReviewService;
import com.replycraft.app.review.ReviewSheet;
import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.security.ApiTokenService;
import com.replycraft.app.security.NewApiToken;
import com.replycraft.app.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@ReplyCraftTest
class ReviewsApiTest {

  @LocalServerPort int port;
  @Autowired ApiTokenService tokens;
  @Autowired ReviewService reviews;
  @Autowired ReviewFixtures fixtures;
  @Autowired ObjectMapper json;

  private final HttpClient http = HttpClient.newHttpClient();

  record Answer(int status, String contentType, JsonNode body) {}

  private Answer get(String path, Role role) throws Exception {
    String token = tokens.create(new NewApiToken("reviews " + role, role), "test").token();
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token)
                .build(),
            HttpResponse.BodyHandlers.ofString());
    return new Answer(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        json.readTree(response.body().isBlank() ? "{}" : response.body()));
  }

  private ReviewDetails submittedReview() {
    long conversation = fixtures.conversationAnsweredBy(fixtures.agent().username());
    ReviewSheet sheet = reviews.sheet(conversation, reviewer()).orElseThrow();
    Map<Long, Rating> all = new HashMap<>();
    sheet.scorecard().categories().forEach(c -> all.put(c.id(), Rating.of(c.scale().points())));
    return reviews.save(
        conversation,
        new ReviewForm(null, all, Map.of(1, "Name the date"), "Good"),
        true,
        reviewer());
  }

  @Test
  void an_agent_token_reading_a_review_gets_403_problem_json() throws Exception {
    ReviewDetails review = submittedReview();

    Answer answer = get("/api/v1/reviews/" + review.id(), Role.AGENT);

    assertThat(answer.status()).isEqualTo(403);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.body().path("detail").asText()).contains("another agent");
    assertThat(answer.body().has("ratings")).isFalse();
  }

  @Test
  void a_reviewer_token_reads_the_review_with_its_ratings_and_comments() throws Exception {
    ReviewDetails review = submittedReview();

    Answer answer = get("/api/v1/reviews/" + review.id(), Role.REVIEWER);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().path("score").asDouble()).isEqualTo(100.0);
    assertThat(answer.body().path("status").asText()).isEqualTo("SUBMITTED");
    assertThat(answer.body().path("ratings")).hasSize(review.scorecard().categories().size());
    assertThat(answer.body().path("messageComments").path("1").asText()).isEqualTo("Name the date");
  }

  @Test
  void the_list_shows_an_agent_token_nothing_and_a_reviewer_token_the_reviews() throws Exception {
    ReviewDetails review = submittedReview();

    Answer asAgent = get("/api/v1/reviews", Role.AGENT);
    Answer asReviewer =
        get("/api/v1/reviews?status=SUBMITTED&agentId=" + review.agentId(), Role.REVIEWER);

    assertThat(asAgent.status()).isEqualTo(200);
    assertThat(asAgent.body().path("total").asLong()).isZero();
    assertThat(asAgent.body().path("reviews")).isEmpty();
    assertThat(asReviewer.body().path("reviews")).hasSize(1);
    assertThat(asReviewer.body().path("reviews").get(0).path("id").asLong()).isEqualTo(review.id());
  }

  @Test
  void an_unknown_review_is_404_and_a_trainer_token_is_403() throws Exception {
    assertThat(get("/api/v1/reviews/987654321", Role.REVIEWER).status()).isEqualTo(404);
    assertThat(get("/api/v1/reviews", Role.TRAINER).status()).isEqualTo(403);
  }
}
