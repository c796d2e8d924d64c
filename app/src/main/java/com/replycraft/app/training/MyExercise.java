package com.replycraft.app.training;

import com.replycraft.training.Exercise;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One line of an agent's "My training": an assigned exercise (with its due date and step in a
 * sequence) or an optional one from the catalog.
 *
 * @param assignmentId null for an optional exercise
 * @param step 1-based step within the assigned sequence; 0 for optional exercises
 */
public record MyExercise(
    @Nullable Long assignmentId,
    Exercise exercise,
    @Nullable LocalDate due,
    boolean overdue,
    boolean examMode,
    int step,
    TrainingStatus status,
    int attempts) {

  public boolean assigned() {
    return assignmentId != null;
  }
}
