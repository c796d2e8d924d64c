package com.replycraft.training;

import com.replycraft.scoring.thread.Channel;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The loaded and validated exercise catalog: the app builds one at start-up and shares it
 * (immutable, thread-safe). Files with problems are skipped and listed in {@link #problems()}.
 */
public final class ExerciseCatalog {

  private final List<Exercise> exercises;
  private final Map<String, Exercise> byId;
  private final List<ExerciseProblem> problems;

  private ExerciseCatalog(ExerciseLoader loader) {
    this.exercises = loader.exercises();
    this.byId =
        exercises.stream().collect(Collectors.toUnmodifiableMap(Exercise::id, Function.identity()));
    this.problems = loader.problems();
  }

  /** The exercises shipped with ReplyCraft, from the classpath ({@code exercises/index.txt}). */
  public static ExerciseCatalog load() {
    ExerciseLoader loader = new ExerciseLoader();
    loader.loadClasspath(ExerciseCatalog.class.getClassLoader());
    return new ExerciseCatalog(loader);
  }

  /**
   * The shipped exercises plus a contact centre's own ({@code *.yaml} files under the directory,
   * recursively). An extension may not reuse a shipped id; such a file is reported and skipped.
   */
  public static ExerciseCatalog load(Path extensions) {
    ExerciseLoader loader = new ExerciseLoader();
    loader.loadClasspath(ExerciseCatalog.class.getClassLoader());
    loader.loadDirectory(extensions);
    return new ExerciseCatalog(loader);
  }

  /** Only the exercises in the directory, without the shipped ones. */
  public static ExerciseCatalog loadDirectory(Path directory) {
    ExerciseLoader loader = new ExerciseLoader();
    loader.loadDirectory(directory);
    return new ExerciseCatalog(loader);
  }

  /**
   * One exercise from text (a trainer's draft, a database row), validated like a file.
   *
   * @param source how to name it in problems, e.g. {@code custom/42}
   */
  public static ExerciseCatalog parse(String source, String yaml) {
    ExerciseLoader loader = new ExerciseLoader();
    loader.accept(source, yaml);
    return new ExerciseCatalog(loader);
  }

  /** Every exercise that loaded, in load order (shipped first, then by path). */
  public List<Exercise> exercises() {
    return exercises;
  }

  public Optional<Exercise> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Exercises practising the skill, easiest first. */
  public List<Exercise> forSkill(Skill skill) {
    return exercises.stream()
        .filter(e -> e.practises(skill))
        .sorted(Comparator.comparing(Exercise::difficulty))
        .toList();
  }

  /** Exercises on the channel, easiest first. */
  public List<Exercise> forChannel(Channel channel) {
    return exercises.stream()
        .filter(e -> e.channel() == channel)
        .sorted(Comparator.comparing(Exercise::difficulty))
        .toList();
  }

  /** Why files were skipped, as {@code path:line: message}; empty when all loaded. */
  public List<ExerciseProblem> problems() {
    return problems;
  }
}
