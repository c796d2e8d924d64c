package com.replycraft.training;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.thread.Channel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ShippedCatalogTest {

  static final ExerciseCatalog CATALOG = ExerciseCatalog.load();
  static final Path FOLDER = Path.of("src/main/resources/exercises");

  @Test
  void loads_every_shipped_file_without_a_problem() {
    assertThat(CATALOG.problems()).isEmpty();
    assertThat(CATALOG.exercises()).hasSizeGreaterThanOrEqualTo(30);
  }

  @Test
  void covers_every_written_channel() {
    Set<Channel> channels =
        CATALOG.exercises().stream().map(Exercise::channel).collect(Collectors.toSet());
    assertThat(channels).containsAll(EnumSet.complementOf(EnumSet.of(Channel.VOICE)));
  }

  @Test
  void covers_every_skill_at_least_three_times() {
    for (Skill skill : Skill.values()) {
      assertThat(CATALOG.forSkill(skill)).as(skill.name()).hasSizeGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void spreads_difficulty_with_at_least_six_exercises_per_level() {
    for (Difficulty difficulty : Difficulty.values()) {
      long count = CATALOG.exercises().stream().filter(e -> e.difficulty() == difficulty).count();
      assertThat(count).as(difficulty.name()).isGreaterThanOrEqualTo(6);
    }
  }

  @Test
  void covers_every_failure_mode_of_the_guide() {
    Set<FailureMode> covered =
        CATALOG.exercises().stream()
            .flatMap(e -> e.failureModes().stream())
            .collect(Collectors.toSet());
    assertThat(covered).containsExactlyInAnyOrder(FailureMode.values());
  }

  @Test
  void is_set_in_at_least_seven_industries_including_the_core_ones() {
    Set<Industry> industries =
        CATALOG.exercises().stream().map(Exercise::industry).collect(Collectors.toSet());
    assertThat(industries)
        .contains(
            Industry.TELCO,
            Industry.INSURANCE,
            Industry.RETAIL,
            Industry.AIRLINE,
            Industry.BANKING,
            Industry.UTILITIES,
            Industry.SAAS);
  }

  @Test
  void every_exercise_has_a_mistake_and_at_least_two_criteria() {
    for (Exercise exercise : CATALOG.exercises()) {
      assertThat(exercise.mistakes()).as(exercise.id()).isNotEmpty();
      assertThat(exercise.rubric().criteria()).as(exercise.id()).hasSizeGreaterThanOrEqualTo(2);
    }
  }

  @Test
  void every_shipped_id_matches_its_file_name() {
    for (Exercise exercise : CATALOG.exercises()) {
      assertThat(exercise.source()).isEqualTo("exercises/" + exercise.id() + ".yaml");
    }
  }

  @Test
  void the_index_lists_exactly_the_files_in_the_folder() throws IOException {
    List<String> indexed =
        Files.readAllLines(FOLDER.resolve("index.txt")).stream()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#"))
            .sorted()
            .toList();
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> onDisk =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".yaml"))
              .sorted()
              .toList();
      assertThat(indexed).isEqualTo(onDisk);
    }
  }
}
