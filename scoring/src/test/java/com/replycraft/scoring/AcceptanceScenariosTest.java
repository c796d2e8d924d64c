package com.replycraft.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.replycraft.scoring.escalation.EscalationReason;
import com.replycraft.scoring.json.ScoringJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Realistic threads from several industries and channels, each with what a user of the product
 * would expect of the scorer (acceptance/scenarios.jsonl). A line is a SCORING.md request plus
 * {@code expect}: {@code has} / {@code lacks} finding codes, {@code hasAt} (code → messageIndex
 * when auditing), {@code noCritical}, {@code recommendation}, {@code recommendationNot}, {@code
 * reasons} / {@code lacksReasons} escalation reason codes. Every unmet expectation of a scenario is
 * reported together, with the findings the scorer did produce.
 */
class AcceptanceScenariosTest {

  private static final String RESOURCE = "/acceptance/scenarios.jsonl";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

  private final ScoringJson json = new ScoringJson();
  private final Scorer scorer = Scorer.create(CLOCK);

  @TestFactory
  Stream<DynamicTest> every_scenario_meets_its_expectations() throws IOException {
    List<String> lines = lines();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(30);
    return lines.stream()
        .map(
            line -> {
              JsonNode node = readTree(line);
              return DynamicTest.dynamicTest(node.get("id").asText(), () -> check(line, node));
            });
  }

  private void check(String line, JsonNode node) {
    JsonNode expect = node.get("expect");
    assertThat(expect).as("scenario has an expect object").isNotNull();
    ScoreResult result = scorer.score(json.readRequest(line));
    List<String> unmet = new ArrayList<>();
    for (JsonNode code : expect.path("has")) {
      if (!result.has(FindingCode.valueOf(code.asText()))) {
        unmet.add("expected finding " + code.asText());
      }
    }
    for (JsonNode code : expect.path("lacks")) {
      result.findings(FindingCode.valueOf(code.asText())).stream()
          .findFirst()
          .ifPresent(f -> unmet.add("unexpected finding " + describe(f, line)));
    }
    for (Map.Entry<String, JsonNode> at : iterable(expect.path("hasAt"))) {
      Integer index = at.getValue().asInt();
      boolean found =
          result.findings(FindingCode.valueOf(at.getKey())).stream()
              .anyMatch(f -> Objects.equals(f.messageIndex(), index));
      if (!found) {
        unmet.add("expected finding " + at.getKey() + " on message " + index);
      }
    }
    if (expect.path("noCritical").asBoolean(false)) {
      result.findings().stream()
          .filter(f -> f.severity() == Severity.CRITICAL)
          .forEach(f -> unmet.add("unexpected CRITICAL " + describe(f, line)));
    }
    String recommendation = result.escalation().recommendation().name();
    if (expect.has("recommendation")
        && !expect.get("recommendation").asText().equals(recommendation)) {
      unmet.add("expected " + expect.get("recommendation").asText() + " but got " + recommendation);
    }
    if (expect.has("recommendationNot")
        && expect.get("recommendationNot").asText().equals(recommendation)) {
      unmet.add("expected anything but " + recommendation);
    }
    List<String> reasons =
        result.escalation().reasons().stream().map(r -> r.code().name()).toList();
    for (JsonNode code : expect.path("reasons")) {
      if (!reasons.contains(code.asText())) {
        unmet.add("expected reason " + code.asText() + " (got " + reasons + ")");
      }
    }
    for (JsonNode code : expect.path("lacksReasons")) {
      result.escalation().reasons().stream()
          .filter(r -> r.code().name().equals(code.asText()))
          .map(EscalationReason::evidence)
          .findFirst()
          .ifPresent(e -> unmet.add("unexpected reason " + code.asText() + " on \"" + e + "\""));
    }
    assertThat(unmet)
        .as(
            "%s%nfindings: %s%nescalation: %s %s",
            node.get("id").asText(),
            result.findings().stream().map(f -> f.code() + "/" + f.severity()).toList(),
            recommendation,
            reasons)
        .isEmpty();
  }

  private static String describe(Finding f, String line) {
    return f.code()
        + "/"
        + f.severity()
        + " ["
        + f.start()
        + ","
        + f.end()
        + ") msg="
        + f.messageIndex()
        + ": "
        + f.message();
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode object) {
    return object::fields;
  }

  private JsonNode readTree(String line) {
    try {
      return json.mapper().readTree(line);
    } catch (IOException e) {
      throw new IllegalStateException("bad scenario line: " + line, e);
    }
  }

  private static List<String> lines() throws IOException {
    try (InputStream in = AcceptanceScenariosTest.class.getResourceAsStream(RESOURCE)) {
      assertThat(in).as(RESOURCE).isNotNull();
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .filter(l -> !l.isBlank())
          .toList();
    }
  }
}
