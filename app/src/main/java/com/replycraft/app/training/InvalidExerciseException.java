package com.replycraft.app.training;

import com.replycraft.training.ExerciseProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A trainer's exercise the parser refused, with every problem it found. */
public class InvalidExerciseException extends RuntimeException {

  private final List<ExerciseProblem> problems;

  public InvalidExerciseException(List<ExerciseProblem> problems) {
    super(problems.stream().map(ExerciseProblem::message).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<ExerciseProblem> problems() {
    return problems;
  }
}
