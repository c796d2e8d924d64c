package com.replycraft.app.training;

import com.replycraft.app.agent.AgentDirectory;
import com.replycraft.app.agent.AgentProfile;
import com.replycraft.training.Exercise;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives exercises to agents: one exercise or a sequence, to named agents and to every member of the
 * chosen teams (each member gets their own assignment, remembering the team it came through).
 */
@Service
public class AssignmentService {

  private final AssignmentRepository assignments;
  private final AttemptRepository attempts;
  private final TrainingCatalog catalog;
  private final AgentDirectory agents;
  private final Clock clock;

  AssignmentService(
      AssignmentRepository assignments,
      AttemptRepository attempts,
      TrainingCatalog catalog,
      AgentDirectory agents,
      Clock clock) {
    this.assignments = assignments;
    this.attempts = attempts;
    this.catalog = catalog;
    this.agents = agents;
    this.clock = clock;
  }

  public List<AgentProfile> agents() {
    return agents.agents();
  }

  public List<String> teams() {
    return agents.teams();
  }

  /** The usernames of a team's members. */
  public List<String> members(String team) {
    return agents.team(team).stream().map(AgentProfile::username).toList();
  }

  public LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  /**
   * Stores one assignment per agent and exercise.
   *
   * @return how many agents received the exercises
   * @throws AssignmentRejected naming the field to correct
   */
  @Transactional
  public int assign(AssignmentRequest request, String trainer) {
    if (request.exerciseIds().isEmpty()) {
      throw new AssignmentRejected("exercises", "Choose at least one exercise.");
    }
    for (String id : request.exerciseIds()) {
      if (catalog.find(id).isEmpty()) {
        throw new AssignmentRejected("exercises", "No exercise \"" + id + "\" in the catalog.");
      }
    }
    if (request.due() == null) {
      throw new AssignmentRejected("due", "Choose a due date.");
    }
    if (request.due().isBefore(today())) {
      throw new AssignmentRejected("due", "The due date is in the past.");
    }
    Map<String, @Nullable String> recipients = recipients(request);
    if (recipients.isEmpty()) {
      throw new AssignmentRejected(
          "assignees", "Choose at least one agent or a team with members.");
    }
    String batch = UUID.randomUUID().toString();
    List<Assignment> rows = new ArrayList<>();
    recipients.forEach(
        (username, team) -> {
          int step = 1;
          for (String exerciseId : request.exerciseIds()) {
            rows.add(
                new Assignment(
                    batch,
                    exerciseId,
                    step++,
                    username,
                    team,
                    request.due(),
                    request.examMode(),
                    trainer,
                    clock.instant()));
          }
        });
    assignments.saveAll(rows);
    return recipients.size();
  }

  /** Named agents first, then team members not named; each maps to the team it came through. */
  private Map<String, @Nullable String> recipients(AssignmentRequest request) {
    Map<String, @Nullable String> recipients = new LinkedHashMap<>();
    request.agents().stream().sorted().forEach(a -> recipients.put(a, null));
    for (String team : request.teams().stream().sorted().toList()) {
      for (String member : members(team)) {
        recipients.putIfAbsent(member, team);
      }
    }
    return recipients;
  }

  /**
   * The agent's assigned exercises (earliest due first, sequences in order) followed by the rest of
   * the catalog as optional practice, each with where the agent stands.
   */
  @Transactional(readOnly = true)
  public List<MyExercise> myTraining(String username) {
    List<Attempt> mine = attempts.findByUsernameInOrderBySubmittedAtAsc(List.of(username));
    LocalDate today = today();
    List<MyExercise> result = new ArrayList<>();
    Set<String> assignedIds = new HashSet<>();
    for (Assignment a :
        assignments.findByAssigneeOrderByDueDateAscBatchIdAscSequencePositionAsc(username)) {
      Exercise exercise = catalog.find(a.getExerciseId()).orElse(null);
      if (exercise == null) {
        continue;
      }
      assignedIds.add(a.getExerciseId());
      List<Attempt> since =
          mine.stream()
              .filter(t -> t.getExerciseId().equals(a.getExerciseId()))
              .filter(t -> !t.getSubmittedAt().isBefore(a.getAssignedAt()))
              .toList();
      TrainingStatus status = status(since);
      result.add(
          new MyExercise(
              a.getId(),
              exercise,
              a.getDueDate(),
              status != TrainingStatus.PASSED && a.getDueDate().isBefore(today),
              a.isExamMode(),
              a.getSequencePosition(),
              status,
              since.size()));
    }
    for (CatalogEntry entry : catalog.all()) {
      if (assignedIds.contains(entry.id())) {
        continue;
      }
      List<Attempt> tried =
          mine.stream().filter(t -> t.getExerciseId().equals(entry.id())).toList();
      result.add(
          new MyExercise(
              null, entry.exercise(), null, false, false, 0, status(tried), tried.size()));
    }
    return result;
  }

  /** The assignment, if it is the agent's own. */
  @Transactional(readOnly = true)
  public @Nullable MyExercise assignmentOf(String username, long assignmentId) {
    return myTraining(username).stream()
        .filter(e -> e.assignmentId() != null && e.assignmentId() == assignmentId)
        .findFirst()
        .orElse(null);
  }

  /** Every assignment given to the agent, newest due first (for trainers). */
  @Transactional(readOnly = true)
  public List<MyExercise> assignedTo(String username) {
    return myTraining(username).stream()
        .filter(MyExercise::assigned)
        .sorted(
            Comparator.comparing(MyExercise::due, Comparator.nullsLast(Comparator.reverseOrder())))
        .toList();
  }

  private static TrainingStatus status(List<Attempt> attempts) {
    if (attempts.isEmpty()) {
      return TrainingStatus.NOT_STARTED;
    }
    return attempts.stream().anyMatch(Attempt::isPassed)
        ? TrainingStatus.PASSED
        : TrainingStatus.NOT_YET;
  }
}
