package com.replycraft.scoring.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoringJsonTest {

  private static final String FULL_REQUEST =
      """
      {"id":"t-1","channel":"MESSAGING","draft":"Hi Priya, sorry for the three-day wait.",\
      "draftAt":"2026-11-20T09:00:00Z",\
      "thread":[{"author":"CUSTOMER","at":"2026-11-17T08:55:00Z","text":"Where is my refund?"},\
      {"author":"BOT","at":"2026-11-17T08:55:05Z","text":"Thanks, an agent will reply."}],\
      "customer":{"name":"Priya","authenticated":true,"value":12000.0,"vip":false},\
      "policy":{"responseTarget":"PT4H","highValueThreshold":5000.0}}""";

  private final ScoringJson json = new ScoringJson();
  private final Scorer scorer =
      Scorer.create(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

  @Test
  void reads_every_field_of_a_full_request() {
    ScoreRequest request = json.readRequest(FULL_REQUEST);

    assertThat(request.id()).isEqualTo("t-1");
    assertThat(request.channel()).isEqualTo(Channel.MESSAGING);
    assertThat(request.draftAt()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
    assertThat(request.thread()).hasSize(2);
    assertThat(request.thread().get(1).author()).isEqualTo(Author.BOT);
    assertThat(request.customer().name()).isEqualTo("Priya");
    assertThat(request.customer().isAuthenticated()).isTrue();
    assertThat(request.customer().value()).isEqualTo(12000.0);
    assertThat(request.policy().responseTarget()).isEqualTo(Duration.ofHours(4));
    assertThat(request.policy().highValueThreshold()).isEqualTo(5000.0);
  }

  @Test
  void a_full_request_round_trips_through_json() throws Exception {
    ScoreRequest request = json.readRequest(FULL_REQUEST);

    String written = json.write(request);

    assertThat(json.readRequest(written)).isEqualTo(request);
    assertThat(json.mapper().readTree(written)).isEqualTo(json.mapper().readTree(FULL_REQUEST));
  }

  @Test
  void accepts_timestamps_with_an_offset() {
    ScoreRequest request =
        json.readRequest(
            """
            {"draft":"Hi","draftAt":"2026-11-20T19:00:00+10:00",\
            "thread":[{"author":"CUSTOMER","at":"2026-11-17T08:55:00-05:30","text":"Hello"}]}""");

    assertThat(request.draftAt()).isEqualTo(Instant.parse("2026-11-20T09:00:00Z"));
    assertThat(request.thread().get(0).at()).isEqualTo(Instant.parse("2026-11-17T14:25:00Z"));
  }

  @Test
  void policy_response_target_is_an_iso_duration_and_overrides_the_channel() throws Exception {
    Object answer =
        json.scoreLine(
            scorer,
            """
            {"channel":"EMAIL","draft":"Hi Sam, here is the tracking link.",\
            "draftAt":"2026-11-20T09:00:00Z","policy":{"responseTarget":"PT30M"},\
            "thread":[{"author":"CUSTOMER","at":"2026-11-20T08:00:00Z","text":"Where is it?"}]}""");

    JsonNode wait = json.mapper().readTree(json.write(answer)).get("wait");
    assertThat(wait.get("customerWaited").asText()).isEqualTo("PT1H");
    assertThat(wait.get("responseTarget").asText()).isEqualTo("PT30M");
    assertThat(wait.get("breached").asBoolean()).isTrue();
  }

  @Test
  void writes_the_response_in_the_shape_of_the_contract() throws Exception {
    Object answer =
        json.scoreLine(
            scorer,
            """
            {"id":42,"channel":"EMAIL","draft":"Thanks Sam, we will get back to you shortly.",\
            "draftAt":"2026-11-20T09:00:00Z",\
            "thread":[{"author":"CUSTOMER","at":"2026-11-17T09:00:00Z","text":"Any update?"}]}""");

    JsonNode root = json.mapper().readTree(json.write(answer));
    assertThat(root.get("id").asText()).isEqualTo("42");
    assertThat(fieldNames(root))
        .containsExactly("id", "scores", "findings", "escalation", "wait", "metrics");
    assertThat(fieldNames(root.get("scores")))
        .containsExactly(
            "tone", "clarity", "delayAcknowledgement", "empathy", "channelFit", "overall");
    assertThat(root.get("wait").get("customerWaited").asText()).isEqualTo("PT72H");
    assertThat(root.get("wait").get("responseTarget").asText()).isEqualTo("PT24H");
    JsonNode finding = root.get("findings").get(0);
    assertThat(fieldNames(finding))
        .startsWith(
            "code",
            "dimension",
            "severity",
            "messageIndex",
            "start",
            "end",
            "message",
            "suggestion");
    assertThat(finding.get("messageIndex").isNull()).isTrue();
    assertThat(finding.get("dimension").asText()).isNotBlank();
    assertThat(fieldNames(root.get("escalation")))
        .contains("recommendation", "confidence", "reasons");
    assertThat(fieldNames(root.get("metrics")))
        .containsExactly("words", "sentences", "readingGrade", "readingEase");
  }

  @Test
  void delay_acknowledgement_is_present_as_null_when_nothing_is_owed() throws Exception {
    Object answer = json.scoreLine(scorer, "{\"draft\":\"Hi Sam, the parcel left today.\"}");

    JsonNode scores = json.mapper().readTree(json.write(answer)).get("scores");
    assertThat(scores.has("delayAcknowledgement")).isTrue();
    assertThat(scores.get("delayAcknowledgement").isNull()).isTrue();
  }

  @Test
  void a_finding_carries_its_replacement_when_it_has_one() throws Exception {
    String draft = "Thanks Sam, we will reply shortly about it.";
    Object answer = json.scoreLine(scorer, "{\"draft\":\"" + draft + "\"}");

    JsonNode finding = json.mapper().readTree(json.write(answer)).get("findings").get(0);
    assertThat(finding.get("code").asText()).isEqualTo("VAGUE_TIMEFRAME");
    assertThat(draft.substring(finding.get("start").asInt(), finding.get("end").asInt()))
        .contains("shortly");
    assertThat(finding.get("replacement").asText()).isNotBlank();
  }

  @Test
  void unknown_fields_are_ignored() {
    Object answer =
        json.scoreLine(
            scorer,
            """
            {"id":"x","draft":"Hello Sam.","futureField":{"a":1},\
            "customer":{"name":"Sam","tier":"gold"},\
            "thread":[{"author":"CUSTOMER","at":"2026-11-20T08:00:00Z","text":"Hi","lang":"en"}]}""");

    assertThat(answer).isInstanceOf(ScoreResult.class);
  }

  @Test
  void a_response_reads_back_from_its_own_json() throws Exception {
    ScoreResult result = (ScoreResult) json.scoreLine(scorer, FULL_REQUEST);

    assertThat(json.readResult(json.write(result))).isEqualTo(result);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      # request                                                                       | the message names
      {"draft": "Hi"                                                                  | malformed JSON
      not json at all                                                                 | malformed JSON
      []                                                                              | one JSON object
      {"channel":"FAX","draft":"Hi"}                                                  | channel: unknown value "FAX"; expected one of EMAIL
      {"draft":"Hi","thread":[{"author":"ROBOT","at":"2026-11-20T08:00:00Z","text":"x"}]} | thread[0].author: unknown value "ROBOT"
      {"draft":"Hi","draftAt":"2026-13-45T09:00:00Z"}                                 | draftAt: "2026-13-45T09:00:00Z" is not a valid ISO-8601 timestamp
      {"draft":"Hi","draftAt":"2026-02-30T09:00:00Z"}                                 | draftAt:
      {"draft":"Hi","draftAt":"yesterday"}                                            | draftAt: "yesterday"
      {"draft":"Hi","draftAt":"2026-11-20T09:00:00"}                                  | with a zone
      {"id":"a"}                                                                      | needs a "draft" to score or a non-empty "thread"
      {"id":"a","thread":[]}                                                          | needs a "draft" to score or a non-empty "thread"
      {"draft":"   "}                                                                 | draft: is blank
      {"draft":""}                                                                    | draft: is blank
      {"draft":42}                                                                    | draft: expected a string
      {"thread":[{"author":"CUSTOMER","at":"2026-11-20T08:00:00Z"}]}                  | thread[0].text: is missing
      {"thread":[{"author":"CUSTOMER","text":"Hi"}]}                                  | thread[0].at: is missing
      {"thread":[{"at":"2026-11-20T08:00:00Z","text":"Hi"}]}                          | thread[0].author: is missing
      {"thread":"Hi there"}                                                           | thread: expected an array
      {"draft":"Hi","customer":{"value":-1}}                                          | customer.value: must not be negative
      {"draft":"Hi","customer":{"authenticated":"yes"}}                               | customer.authenticated: expected true or false
      {"draft":"Hi","policy":{"responseTarget":"-PT4H"}}                              | policy.responseTarget: must not be negative
      {"draft":"Hi","policy":{"responseTarget":"4 hours"}}                            | policy.responseTarget: "4 hours" is not an ISO-8601 duration
      {"draft":"Hi","policy":{"responseTarget":14400}}                                | policy.responseTarget: expected an ISO-8601 duration
      """)
  void an_invalid_request_yields_an_error_naming_the_field_and_the_problem(
      String request, String expected) {
    Object answer = json.scoreLine(scorer, request);

    assertThat(answer).isInstanceOf(ScoringError.class);
    ScoringError error = (ScoringError) answer;
    assertThat(error.error().code()).isEqualTo("INVALID_REQUEST");
    assertThat(error.error().message()).contains(expected).doesNotContain("\tat ", "Exception");
  }

  @Test
  void the_error_object_echoes_the_id_and_has_the_contract_shape() throws Exception {
    Object answer =
        json.scoreLine(scorer, "{\"id\":\"r-9\",\"channel\":\"PIGEON\",\"draft\":\"x\"}");

    JsonNode root = json.mapper().readTree(json.write(answer));
    assertThat(root.get("id").asText()).isEqualTo("r-9");
    assertThat(root.get("error").get("code").asText()).isEqualTo("INVALID_REQUEST");
    assertThat(root.get("error").get("message").asText()).startsWith("channel: ");
  }

  @Test
  void a_malformed_line_still_echoes_an_id_it_starts_with() {
    ScoringError error =
        (ScoringError) json.scoreLine(scorer, "{\"id\": \"r-7\", \"draft\": \"Hi\" oops}");

    assertThat(error.id()).isEqualTo("r-7");
    assertThat(error.error().message()).startsWith("malformed JSON");
  }

  @Test
  void a_byte_order_mark_before_the_first_request_is_ignored() {
    assertThat(json.scoreLine(scorer, "\uFEFF{\"draft\":\"Hi Sam.\"}"))
        .isInstanceOf(ScoreResult.class);
  }

  @Test
  void enum_values_are_read_case_insensitively() {
    ScoreRequest request = json.readRequest("{\"channel\":\"live_chat\",\"draft\":\"Hi\"}");

    assertThat(request.channel()).isEqualTo(Channel.LIVE_CHAT);
  }

  private static java.util.List<String> fieldNames(JsonNode node) {
    java.util.List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
