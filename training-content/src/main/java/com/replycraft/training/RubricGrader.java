package com.replycraft.training;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Span;
import com.replycraft.scoring.text.TextAnalyzer;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Message;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Grades an attempt at an exercise: scores it as the agent's next reply at the exercise's {@code
 * replyAt} (so the customer's wait is the one in the thread), then checks every rubric criterion.
 * An attempt passes when every criterion passes. Thread-safe; build one and share it.
 */
public final class RubricGrader {

  private final Scorer scorer;
  private final TextAnalyzer analyzer = new TextAnalyzer();

  public RubricGrader(Scorer scorer) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
  }

  /** A grader over the scorer with every shipped check. */
  public static RubricGrader create() {
    return new RubricGrader(Scorer.create(Clock.systemUTC()));
  }

  public Grade grade(Exercise exercise, String attempt) {
    Objects.requireNonNull(attempt, "attempt");
    ScoreResult score = scorer.score(exercise.scoreRequest(attempt));
    ElementContext context = context(exercise, attempt);
    List<CriterionResult> results = new ArrayList<>();
    for (Criterion criterion : exercise.rubric().criteria()) {
      results.add(judge(criterion, score, context));
    }
    boolean passed = results.stream().allMatch(CriterionResult::passed);
    List<Mistake> feedback = passed ? List.of() : feedback(exercise, attempt, results);
    return new Grade(
        exercise.id(), attempt, passed, results, score, exercise.modelReply(), feedback);
  }

  private ElementContext context(Exercise exercise, String attempt) {
    List<AnalyzedText> customerMessages = new ArrayList<>();
    for (Message message : exercise.thread()) {
      if (message.author() == Author.CUSTOMER) {
        customerMessages.add(analyzer.analyze(message.text()));
      }
    }
    return new ElementContext(analyzer.analyze(attempt), exercise.customer(), customerMessages);
  }

  private static CriterionResult judge(
      Criterion criterion, ScoreResult score, ElementContext context) {
    if (criterion instanceof Criterion.Absent absent) {
      List<Finding> found = score.findings(absent.code());
      return new CriterionResult(
          criterion,
          found.isEmpty(),
          found.isEmpty()
              ? "No " + absent.code() + " finding."
              : found.get(0).message() + (found.size() > 1 ? " (" + found.size() + " places)" : ""),
          found,
          null);
    }
    if (criterion instanceof Criterion.MinScore min) {
      Integer actual = score.scores().of(min.dimension());
      List<Finding> behind =
          score.findings().stream().filter(f -> f.dimension() == min.dimension()).toList();
      if (actual == null) {
        return new CriterionResult(
            criterion, true, "No acknowledgement of a wait is owed at this point.", behind, null);
      }
      boolean ok = actual >= min.min();
      return new CriterionResult(
          criterion,
          ok,
          label(min.dimension().name())
              + " scored "
              + actual
              + (ok ? ", at least " : ", below the ")
              + min.min()
              + (ok ? " needed." : " needed."),
          behind,
          null);
    }
    Criterion.Requires requires = (Criterion.Requires) criterion;
    Optional<Span> found = ElementDetectors.forElement(requires.element()).find(context);
    return new CriterionResult(
        criterion,
        found.isPresent(),
        found.isPresent()
            ? "Found: \"" + context.reply().slice(found.get()) + "\"."
            : "Missing: " + requires.element().description() + ".",
        List.of(),
        found.orElse(null));
  }

  /**
   * The exercise's mistake notes about what this attempt got wrong: a note matches when a criterion
   * it names failed; notes naming more of the failures come first.
   */
  private static List<Mistake> feedback(
      Exercise exercise, String attempt, List<CriterionResult> results) {
    Set<String> failed =
        results.stream()
            .filter(r -> !r.passed())
            .map(r -> r.criterion().key())
            .collect(Collectors.toSet());
    String normalisedAttempt = normalise(attempt);
    return exercise.mistakes().stream()
        .filter(
            m ->
                m.codes().stream().anyMatch(failed::contains)
                    || normalise(m.reply()).equals(normalisedAttempt))
        .sorted(
            Comparator.comparingLong(
                (Mistake m) -> -m.codes().stream().filter(failed::contains).count()))
        .toList();
  }

  private static String normalise(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }

  private static String label(String name) {
    String words = name.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
