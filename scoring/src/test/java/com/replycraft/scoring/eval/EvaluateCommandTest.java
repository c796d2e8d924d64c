package com.replycraft.scoring.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the harness on a few records written here (our own sentences, in the datasets' shapes), so
 * the default test run never needs the real data outside the repository.
 */
class EvaluateCommandTest {

  @TempDir Path data;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void writeTinyDatasets() throws IOException {
    write(
        "epitome/all.jsonl",
        epitome("p1 r1", "I lost my job today and I feel awful.", "That sounds so hard.", 2, 0),
        epitome("p2_r2", "My dog is sick and I'm scared.", "Take it to a vet.", 0, 0),
        epitome("p3_r3", "Nobody listens to me.", "I hear you, that must hurt.", 2, 1),
        epitome("p4_r4", "I failed my exam.", "Did you study?", 0, 0));
    // an id with a space must survive the id list
    write("epitome/dev_ids.txt", "p1 r1", "p2_r2", "p4_r4");
    write("epitome/test_ids.txt", "p3_r3");

    write(
        "stanford_politeness/wikipedia.jsonl",
        polite("w1", "Could you please take a look at this section? Thanks!", 1.2, "polite"),
        polite("w2", "Why did you delete my edit?", -1.1, "impolite"),
        polite("w3", "Where is the source for this?", 0.1, "middle"),
        polite("w4", "Would you mind checking the dates? Much appreciated.", 1.0, "polite"));
    write(
        "stanford_politeness/stackexchange.jsonl",
        polite("s1", "Thanks for the answer, could you add an example?", 0.9, "polite"),
        polite("s2", "This is wrong. Read the docs.", -1.3, "impolite"));
    write("stanford_politeness/dev_ids.txt", "w1", "w2", "w3", "s1", "s2");
    write("stanford_politeness/test_ids.txt", "w4");

    String easy = "The cat sat. The dog ran. We had fun.";
    String middle = "The committee met on Tuesday and agreed to publish the annual report soon.";
    String hard =
        "Notwithstanding considerable institutional heterogeneity, comparative"
            + " investigations demonstrate systematically differentiated administrative"
            + " characteristics.";
    write(
        "clear_corpus/dev.jsonl",
        clear("c1", easy, 1.5),
        clear("c2", middle, 0.0),
        clear("c3", hard, -2.5));
    write("clear_corpus/test.jsonl", clear("c4", easy, 1.2), clear("c5", hard, -2.0));

    write(
        "goemotions/dev.jsonl",
        emotion("g1", "This is absolutely ridiculous, I am furious.", true),
        emotion("g2", "Thanks, that worked perfectly.", false));
    write("goemotions/test.jsonl", emotion("g3", "Lovely weather today.", false));

    write(
        "tweetsumm_cs/train.jsonl",
        dialogue("t1", 1, "Third time my order is late. Useless service!", "Sorry, DM us."),
        dialogue("t2", 0, "How do I reset my password?", "Use the link in settings."));
    write(
        "tweetsumm_cs/valid.jsonl", dialogue("t3", 0, "Can I change my seat?", "Yes, in the app."));
  }

  @Test
  void reports_every_dataset_of_the_dev_split_with_its_record_count() {
    int code = run("--data", data.toString());

    assertThat(code).isZero();
    assertThat(out()).contains("split dev");
    assertThat(out())
        .contains("epitome: 3 records")
        .contains("stanford_politeness: 5 records")
        .contains("clear_corpus: 3 records")
        .contains("goemotions: 2 records")
        .contains("tweetsumm_cs: 3 records")
        .contains("total: 16 records");
  }

  @Test
  void the_test_split_reports_only_test_records_and_tweetsumm_valid_flagged_as_not_held_out() {
    int code = run("--data", data.toString(), "--split", "test");

    assertThat(code).isZero();
    assertThat(out())
        .contains("epitome: 1 records")
        .contains("stanford_politeness: 1 records")
        .contains("clear_corpus: 2 records")
        .contains("goemotions: 1 records")
        .contains("tweetsumm_cs: 1 records")
        .contains("valid‡")
        .contains("not truly held out");
  }

  @Test
  void readability_of_the_scored_drafts_follows_the_easiness_labels() {
    int code = run("--data", data.toString(), "--only", "clear_corpus", "--markdown");

    assertThat(code).isZero();
    String easeRow =
        out().lines().filter(l -> l.contains("metrics.readingEase")).findFirst().orElseThrow();
    List<String> cells = List.of(easeRow.split("\\|"));
    // | dataset | signal | metric | n | ours | reference |
    assertThat(cells.get(4).strip()).isEqualTo("3");
    assertThat(Double.parseDouble(cells.get(5).strip())).isGreaterThan(0.9);
    assertThat(out()).startsWith("| dataset | signal | metric | n | ours (dev) | reference |");
  }

  @Test
  void a_missing_data_folder_is_explained_with_exit_code_2() {
    int code = run("--data", data.resolve("nowhere").toString());

    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("no evaluation data at").contains("--data");
    assertThat(out()).isEmpty();
  }

  @Test
  void an_unknown_dataset_option_or_split_is_refused_with_exit_code_2() {
    assertThat(run("--data", data.toString(), "--only", "imdb")).isEqualTo(2);
    assertThat(err()).contains("unknown dataset imdb");
    assertThat(run("--split", "train")).isEqualTo(2);
    assertThat(run("--verbose")).isEqualTo(2);
    assertThat(run("--data")).isEqualTo(2);
    assertThat(err()).contains("usage: evaluate");
  }

  private int run(String... args) {
    return EvaluateCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private void write(String file, String... lines) throws IOException {
    Path path = data.resolve(file);
    Files.createDirectories(path.getParent());
    Files.write(path, List.of(lines), StandardCharsets.UTF_8);
  }

  private static String epitome(String id, String post, String reply, int reactions, int interp) {
    return "{\"id\": \"%s\", \"text\": \"%s\", \"context\": \"%s\", \"labels\":"
            .formatted(id, reply, post)
        + " {\"emotional_reactions\": %d, \"interpretations\": %d, \"explorations\": 0,"
            .formatted(reactions, interp)
        + " \"total_0_6\": %d}}".formatted(reactions + interp);
  }

  private static String polite(String id, String text, double z, String quartile) {
    return "{\"id\": \"%s\", \"text\": \"%s\", \"labels\": {\"politeness_z\": %s, \"quartile_class\": \"%s\"}}"
        .formatted(id, text, z, quartile);
  }

  private static String clear(String id, String text, double easiness) {
    return "{\"id\": \"%s\", \"text\": \"%s\", \"labels\": {\"bt_easiness\": %s, \"flesch_reading_ease\": 60.0}}"
        .formatted(id, text, easiness);
  }

  private static String emotion(String id, String text, boolean anger) {
    return "{\"id\": \"%s\", \"text\": \"%s\", \"labels\": {\"anger_family\": %s}}"
        .formatted(id, text, anger);
  }

  private static String dialogue(String id, int negative, String customer, String agent) {
    return ("{\"id\": \"%s\", \"text\": \"\", \"labels\": {\"customer_negative\": %d},"
            + " \"turns\": [{\"role\": \"customer\", \"text\": \"%s\"},"
            + " {\"role\": \"agent\", \"text\": \"%s\"}]}")
        .formatted(id, negative, customer, agent);
  }
}
