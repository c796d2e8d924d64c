package com.replycraft.app.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a trainer assigns: one exercise or an ordered sequence, to agents (usernames) and/or whole
 * teams, due on a date, optionally in exam mode (no live scoring while writing).
 */
public record AssignmentRequest(
    List<String> exerciseIds,
    Set<String> agents,
    Set<String> teams,
    @Nullable LocalDate due,
    boolean examMode) {

  public AssignmentRequest {
    exerciseIds = List.copyOf(exerciseIds);
    agents = Set.copyOf(agents);
    teams = Set.copyOf(teams);
  }
}
