package com.replycraft.app.training;

import com.replycraft.training.Exercise;
import com.replycraft.training.ExerciseCatalog;
import com.replycraft.training.ExerciseProblem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exercises trainers can browse and assign: the shipped catalog followed by the exercises
 * trainers published. Published ones are stored as YAML and read back through the same parser as
 * the shipped files, so both are validated the same way.
 */
@Service
public class TrainingCatalog {

  private static final Logger log = LoggerFactory.getLogger(TrainingCatalog.class);

  private final ExerciseCatalog shipped;
  private final CustomExerciseRepository custom;
  private final Clock clock;

  TrainingCatalog(ExerciseCatalog shipped, CustomExerciseRepository custom, Clock clock) {
    this.shipped = shipped;
    this.custom = custom;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<CatalogEntry> all() {
    List<CatalogEntry> entries = new ArrayList<>();
    shipped.exercises().forEach(e -> entries.add(new CatalogEntry(e, false)));
    for (CustomExercise row : custom.findAllByOrderByIdAsc()) {
      parse(row).ifPresent(e -> entries.add(new CatalogEntry(e, true)));
    }
    return entries;
  }

  public List<CatalogEntry> filter(CatalogFilter filter) {
    return all().stream().filter(entry -> filter.matches(entry.exercise())).toList();
  }

  @Transactional(readOnly = true)
  public Optional<Exercise> find(String exerciseId) {
    Optional<Exercise> builtIn = shipped.find(exerciseId);
    if (builtIn.isPresent()) {
      return builtIn;
    }
    return custom.findByExerciseId(exerciseId).flatMap(TrainingCatalog::parse);
  }

  @Transactional(readOnly = true)
  public boolean idTaken(String exerciseId) {
    return shipped.find(exerciseId).isPresent() || custom.existsByExerciseId(exerciseId);
  }

  /** The stored YAML of a published exercise (for tests and exports). */
  @Transactional(readOnly = true)
  public Optional<String> storedYaml(String exerciseId) {
    return custom.findByExerciseId(exerciseId).map(CustomExercise::getYaml);
  }

  /**
   * Validates the YAML like a shipped file and stores it.
   *
   * @throws InvalidExerciseException listing every problem, when the parser refuses it or the id is
   *     taken
   */
  @Transactional
  public Exercise publish(String yaml, @Nullable Long sourceConversationId, String publishedBy) {
    ExerciseCatalog parsed = ExerciseCatalog.parse("custom", yaml);
    if (!parsed.problems().isEmpty() || parsed.exercises().isEmpty()) {
      throw new InvalidExerciseException(
          parsed.problems().isEmpty()
              ? List.of(new ExerciseProblem("custom", 1, "no exercise in the text"))
              : parsed.problems());
    }
    Exercise exercise = parsed.exercises().get(0);
    if (idTaken(exercise.id())) {
      throw new InvalidExerciseException(
          List.of(
              new ExerciseProblem(
                  "custom", 1, "id \"" + exercise.id() + "\" is already in the catalog")));
    }
    custom.save(
        new CustomExercise(
            exercise.id(),
            exercise.title(),
            yaml,
            sourceConversationId,
            publishedBy,
            clock.instant()));
    return exercise;
  }

  private static Optional<Exercise> parse(CustomExercise row) {
    ExerciseCatalog parsed = ExerciseCatalog.parse("custom/" + row.getExerciseId(), row.getYaml());
    if (!parsed.problems().isEmpty()) {
      // A stored exercise that no longer validates (e.g. after a rubric vocabulary change) is
      // left out of the catalog rather than shown half-broken; the log says why.
      log.warn("custom exercise skipped: {}", parsed.problems());
    }
    return parsed.exercises().stream().findFirst();
  }
}
