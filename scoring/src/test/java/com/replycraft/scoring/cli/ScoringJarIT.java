package com.replycraft.scoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged executable jar the way a batch user does: {@code java -jar … score}. */
class ScoringJarIT {

  private static final Path JAR = Path.of("target", "replycraft-scoring.jar");

  @Test
  void the_packaged_jar_scores_jsonl_from_stdin_in_order() throws Exception {
    Result result =
        run(
            """
            {"id":"one","draft":"Hi Sam, we will reply soon."}
            {broken
            {"id":"three","channel":"MESSAGING","draft":"Hi Sam, the parcel left today.",\
            "thread":[{"author":"CUSTOMER","at":"2026-11-17T08:00:00+10:00","text":"Where is it?"}]}
            """,
            "score");

    assertThat(result.status).isZero();
    assertThat(result.lines).hasSize(3);
    assertThat(result.lines.get(0))
        .startsWith("{\"id\":\"one\",\"scores\":{")
        .contains("VAGUE_TIMEFRAME");
    assertThat(result.lines.get(1))
        .contains("\"INVALID_REQUEST\"")
        .contains("line 2: malformed JSON");
    assertThat(result.lines.get(2)).startsWith("{\"id\":\"three\",\"scores\":{");
  }

  @Test
  void the_packaged_jar_explains_its_usage() throws Exception {
    assertThat(run("", "--help").lines.get(0)).startsWith("usage:");
    assertThat(run("", "frobnicate").status).isEqualTo(2);
  }

  private static Result run(String stdin, String... args) throws IOException, InterruptedException {
    assertThat(JAR).as("run `./mvnw package` first").exists();
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile("scoring-out", ".jsonl");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    Files.delete(out);
    return new Result(process.exitValue(), lines);
  }

  private record Result(int status, List<String> lines) {}
}
