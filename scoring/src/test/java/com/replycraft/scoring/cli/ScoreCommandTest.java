package com.replycraft.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.json.ScoringJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreCommandTest {

  private static final String VALID =
      """
      {"id":"%s","channel":"EMAIL","draft":"Hi Sam, your refund of $40 left today.",\
      "draftAt":"2026-11-20T09:00:00Z",\
      "thread":[{"author":"CUSTOMER","at":"2026-11-19T09:00:00Z","text":"Where is my refund?"}]}""";

  private final ScoringJson json = new ScoringJson();
  private final ScoreCommand command =
      new ScoreCommand(
          Scorer.create(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC)), json);

  @TempDir Path dir;

  @Test
  void mixed_valid_and_malformed_lines_keep_their_order_and_count() throws Exception {
    String input =
        String.join(
            "\n",
            VALID.formatted("a"),
            "{not json",
            VALID.formatted("b"),
            "{\"id\":\"c\",\"channel\":\"FAX\",\"draft\":\"Hi\"}",
            VALID.formatted("d"));

    Run run = run(input, "score");

    assertThat(run.status).isZero();
    List<JsonNode> lines = parse(run.stdout);
    assertThat(lines).hasSize(5);
    assertThat(lines.get(0).get("id").asText()).isEqualTo("a");
    assertThat(lines.get(0).has("scores")).isTrue();
    assertThat(lines.get(1).get("error").get("code").asText()).isEqualTo("INVALID_REQUEST");
    assertThat(lines.get(1).get("error").get("message").asText())
        .startsWith("line 2: malformed JSON");
    assertThat(lines.get(2).get("id").asText()).isEqualTo("b");
    assertThat(lines.get(3).get("id").asText()).isEqualTo("c");
    assertThat(lines.get(3).get("error").get("message").asText()).startsWith("line 4: channel:");
    assertThat(lines.get(4).get("id").asText()).isEqualTo("d");
  }

  @Test
  void blank_lines_are_skipped_but_still_counted_in_line_numbers() throws Exception {
    Run run = run(VALID.formatted("a") + "\n\n   \n{oops\n", "score");

    List<JsonNode> lines = parse(run.stdout);
    assertThat(lines).hasSize(2);
    assertThat(lines.get(1).get("error").get("message").asText()).startsWith("line 4: ");
  }

  @Test
  void empty_input_gives_empty_output() throws Exception {
    Run run = run("", "score");

    assertThat(run.status).isZero();
    assertThat(run.stdout).isEmpty();
  }

  @Test
  void reads_requests_from_a_file() throws Exception {
    Path file = dir.resolve("in.jsonl");
    Files.writeString(file, VALID.formatted("f1") + "\n" + VALID.formatted("f2") + "\n");

    Run run = run("", "score", file.toString());

    assertThat(parse(run.stdout)).extracting(n -> n.get("id").asText()).containsExactly("f1", "f2");
  }

  @Test
  void streams_a_ten_megabyte_input_line_by_line() throws Exception {
    Path in = dir.resolve("big.jsonl");
    Path out = dir.resolve("big.out.jsonl");
    // Each line carries a large field the scorer ignores (add-never-rename: unknown fields are
    // skipped), so the test streams 10 MB of JSON without spending its time on text analysis.
    String padding = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk".repeat(130);
    int lines = 0;
    try (BufferedWriter writer = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      while (Files.size(in) < 10_000_000L || lines == 0) {
        for (int i = 0; i < 500; i++, lines++) {
          writer.write(
              lines % 97 == 0
                  ? "{broken line " + lines
                  : "{\"id\":\""
                      + lines
                      + "\",\"draft\":\"Hi Sam, the parcel left today.\",\"attachment\":\""
                      + padding
                      + "\"}");
          writer.write('\n');
        }
        writer.flush();
      }
    }

    try (OutputStream sink = Files.newOutputStream(out);
        PrintStream stdout = new PrintStream(sink, false, StandardCharsets.UTF_8)) {
      int status =
          command.run(
              new String[] {"score", in.toString()},
              new ByteArrayInputStream(new byte[0]),
              stdout,
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
      assertThat(status).isZero();
    }

    long outputLines = 0;
    long errors = 0;
    String last = null;
    try (BufferedReader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        outputLines++;
        if (line.contains("\"INVALID_REQUEST\"")) {
          errors++;
        }
        last = line;
      }
    }
    assertThat(outputLines).isEqualTo(lines);
    assertThat(errors).isEqualTo((lines + 96) / 97);
    assertThat(json.mapper().readTree(last).get("id").asText())
        .isEqualTo(String.valueOf(lines - 1));
  }

  @Test
  void pretty_output_indents_each_response() throws Exception {
    Run run = run(VALID.formatted("p") + "\n", "score", "--pretty");

    assertThat(run.stdout).startsWith("{\n  \"id\" : \"p\",\n  \"scores\" : {");
    assertThat(json.mapper().readTree(run.stdout).get("id").asText()).isEqualTo("p");
  }

  @Test
  void help_prints_the_usage() throws Exception {
    Run run = run("", "--help");

    assertThat(run.status).isZero();
    assertThat(run.stdout)
        .contains("usage: java -jar replycraft-scoring.jar score [FILE] [--pretty]");
  }

  @Test
  void usage_errors_exit_with_status_two() throws Exception {
    assertThat(run("", new String[0]).status).isEqualTo(2);
    assertThat(run("", "grade").status).isEqualTo(2);
    assertThat(run("", "score", "--colour").status).isEqualTo(2);
    assertThat(run("", "score", "a.jsonl", "b.jsonl").status).isEqualTo(2);
    Run unknown = run("", "score", "--colour");
    assertThat(unknown.stderr).contains("unknown option --colour").contains("usage:");
    assertThat(unknown.stdout).isEmpty();
  }

  @Test
  void a_missing_file_exits_with_status_one() throws Exception {
    Run run = run("", "score", dir.resolve("nope.jsonl").toString());

    assertThat(run.status).isEqualTo(1);
    assertThat(run.stderr).contains("no such file");
  }

  private Run run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        command.run(
            args,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private List<JsonNode> parse(String stdout) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : stdout.split("\n")) {
      if (!line.isEmpty()) {
        nodes.add(json.mapper().readTree(line));
      }
    }
    return nodes;
  }

  private record Run(int status, String stdout, String stderr) {}
}
