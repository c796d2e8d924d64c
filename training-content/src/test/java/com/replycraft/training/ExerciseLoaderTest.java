package com.replycraft.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExerciseLoaderTest {

  static final String GOOD =
      """
      id: %s
      title: Late parcel
      skills: [DELAY_ACKNOWLEDGEMENT, EMPATHY]
      channel: EMAIL
      difficulty: 1
      industry: RETAIL
      failureModes: [IGNORED_LONG_WAIT]
      customer: {name: Lucy Brennan, authenticated: false}
      thread:
        - author: CUSTOMER
          at: 2026-02-09T18:12:00Z
          text: Order 50318 arrived cracked.
      replyAt: 2026-02-13T10:30:00Z
      situation: The team was behind.
      task: Own the wait.
      rubric:
        mustNotHave: [DELAY_NOT_ACKNOWLEDGED]
        minScores: {DELAY_ACKNOWLEDGEMENT: 75}
        requires: [ACKNOWLEDGES_WAIT]
      modelReply: Sorry you've waited four days, Lucy. A new jug for 50318 ships today.
      mistakes:
        - reply: Thanks for contacting us.
          feedback: Own the wait first.
          codes: [DELAY_NOT_ACKNOWLEDGED, ACKNOWLEDGES_WAIT]
      """;

  @TempDir Path dir;

  @BeforeEach
  void write_one_good_file() throws IOException {
    write("good.yaml", GOOD.formatted("good-one"));
  }

  @Test
  void loads_a_good_file_with_all_its_parts() {
    ExerciseCatalog catalog = ExerciseCatalog.loadDirectory(dir);
    assertThat(catalog.problems()).isEmpty();
    Exercise exercise = catalog.find("good-one").orElseThrow();
    assertThat(exercise.difficulty()).isEqualTo(Difficulty.BEGINNER);
    assertThat(exercise.thread()).hasSize(1);
    assertThat(exercise.rubric().criteria()).hasSize(3);
    assertThat(exercise.mistakes().get(0).codes()).contains("ACKNOWLEDGES_WAIT");
  }

  @Test
  void reports_an_unknown_finding_code_by_path_and_line_and_keeps_the_good_file()
      throws IOException {
    write(
        "late-disclosure.yaml",
        GOOD.formatted("late-disclosure")
            .replace("mustNotHave: [DELAY_NOT_ACKNOWLEDGED]", "mustNotHave: [DELAY_IGNORED]"));
    ExerciseProblem problem = onlyProblem("late-disclosure.yaml");
    assertThat(problem.line()).isEqualTo(17);
    assertThat(problem.toString())
        .endsWith(
            "late-disclosure.yaml:17: unknown finding code \"DELAY_IGNORED\" (known: "
                + java.util.Arrays.stream(com.replycraft.scoring.FindingCode.values())
                    .map(Enum::name)
                    .toList()
                + ")");
  }

  @Test
  void reports_an_unknown_channel_skill_and_element_each_on_its_line() throws IOException {
    write(
        "several.yaml",
        GOOD.formatted("several")
            .replace("channel: EMAIL", "channel: FAX")
            .replace("[DELAY_ACKNOWLEDGEMENT, EMPATHY]", "[DELAY_ACKNOWLEDGEMENT, CHARM]")
            .replace("requires: [ACKNOWLEDGES_WAIT]", "requires: [ACKNOWLEDGES_WAIT, HUGS]"));
    ExerciseCatalog catalog = ExerciseCatalog.loadDirectory(dir);
    assertThat(catalog.exercises()).extracting(Exercise::id).containsExactly("good-one");
    assertThat(catalog.problems())
        .extracting(p -> p.line() + ": " + p.message().replaceAll(" \\(known.*", ""))
        .containsExactly(
            "3: unknown skill \"CHARM\"",
            "4: unknown channel \"FAX\"",
            "19: unknown element \"HUGS\"");
  }

  @Test
  void reports_bad_yaml_on_the_line_of_the_mistake() throws IOException {
    write(
        "bad-yaml.yaml",
        GOOD.formatted("bad-yaml")
            .replace("[DELAY_ACKNOWLEDGEMENT, EMPATHY]", "[DELAY_ACKNOWLEDGEMENT"));
    ExerciseProblem problem = onlyProblem("bad-yaml.yaml");
    assertThat(problem.message()).startsWith("not valid YAML");
    assertThat(problem.line()).isBetween(3, 5);
  }

  @Test
  void reports_a_timestamp_that_does_not_parse() throws IOException {
    write(
        "bad-time.yaml",
        GOOD.formatted("bad-time").replace("2026-02-09T18:12:00Z", "last Tuesday"));
    ExerciseProblem problem = onlyProblem("bad-time.yaml");
    assertThat(problem.line()).isEqualTo(11);
    assertThat(problem.message()).contains("\"last Tuesday\" is not an ISO-8601 instant");
  }

  @Test
  void reports_a_reply_time_before_the_last_message() throws IOException {
    write(
        "early.yaml",
        GOOD.formatted("early")
            .replace("replyAt: 2026-02-13T10:30:00Z", "replyAt: 2026-02-09T18:00:00Z"));
    ExerciseProblem problem = onlyProblem("early.yaml");
    assertThat(problem.line()).isEqualTo(13);
    assertThat(problem.message()).contains("must be after the last message");
  }

  @Test
  void reports_a_rubric_that_expects_a_wait_acknowledgement_when_no_wait_is_owed()
      throws IOException {
    write(
        "no-wait.yaml",
        GOOD.formatted("no-wait")
            .replace("replyAt: 2026-02-13T10:30:00Z", "replyAt: 2026-02-09T20:00:00Z"));
    ExerciseProblem problem = onlyProblem("no-wait.yaml");
    assertThat(problem.line()).isEqualTo(16);
    assertThat(problem.message()).contains("within the PT24H response target");
  }

  @Test
  void reports_an_empty_thread() throws IOException {
    String text = GOOD.formatted("empty-thread");
    text =
        text.substring(0, text.indexOf("thread:"))
            + "thread: []\n"
            + text.substring(text.indexOf("replyAt:"));
    write("empty-thread.yaml", text);
    ExerciseProblem problem = onlyProblem("empty-thread.yaml");
    assertThat(problem.line()).isEqualTo(9);
    assertThat(problem.message()).contains("\"thread\" must be a non-empty list");
  }

  @Test
  void reports_a_mistake_naming_a_criterion_the_rubric_does_not_check() throws IOException {
    write(
        "stray-code.yaml",
        GOOD.formatted("stray-code")
            .replace("codes: [DELAY_NOT_ACKNOWLEDGED, ACKNOWLEDGES_WAIT]", "codes: [SHOUTING]"));
    ExerciseProblem problem = onlyProblem("stray-code.yaml");
    assertThat(problem.line()).isEqualTo(24);
    assertThat(problem.message())
        .isEqualTo("mistake names SHOUTING, which this rubric does not check");
  }

  @Test
  void reports_a_missing_required_key_on_line_1() throws IOException {
    write("no-task.yaml", GOOD.formatted("no-task").replace("task: Own the wait.\n", ""));
    ExerciseProblem problem = onlyProblem("no-task.yaml");
    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.message()).isEqualTo("missing required key \"task\"");
  }

  @Test
  void reports_a_duplicate_id_and_keeps_the_first() throws IOException {
    write("z-copy.yaml", GOOD.formatted("good-one"));
    ExerciseProblem problem = onlyProblem("z-copy.yaml");
    assertThat(problem.line()).isEqualTo(1);
    assertThat(problem.message()).startsWith("duplicate id \"good-one\"");
  }

  @Test
  void accepts_now_for_reply_at_and_a_named_difficulty() throws IOException {
    write(
        "aliases.yaml",
        GOOD.formatted("aliases")
            .replace("replyAt:", "now:")
            .replace("difficulty: 1", "difficulty: advanced"));
    ExerciseCatalog catalog = ExerciseCatalog.loadDirectory(dir);
    assertThat(catalog.problems()).isEmpty();
    assertThat(catalog.find("aliases").orElseThrow().difficulty()).isEqualTo(Difficulty.ADVANCED);
  }

  @Test
  void parses_one_exercise_from_text_for_custom_content() {
    ExerciseCatalog one = ExerciseCatalog.parse("custom/42", GOOD.formatted("custom-one"));
    assertThat(one.problems()).isEmpty();
    assertThat(one.exercises()).extracting(Exercise::source).containsExactly("custom/42");
  }

  private ExerciseProblem onlyProblem(String file) {
    ExerciseCatalog catalog = ExerciseCatalog.loadDirectory(dir);
    assertThat(catalog.exercises()).extracting(Exercise::id).containsExactly("good-one");
    assertThat(catalog.problems()).hasSize(1);
    ExerciseProblem problem = catalog.problems().get(0);
    assertThat(problem.path()).isEqualTo(dir.resolve(file).toString());
    return problem;
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }
}
