package com.replycraft.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.agent.AgentDirectory;
import com.replycraft.app.security.NewUser;
import com.replycraft.app.security.Role;
import com.replycraft.app.security.UserService;
import com.replycraft.app.security.UserSummary;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReplyCraftTest
class AssignmentServiceTest {

  static final String FIRST = GradingServiceTest.EXERCISE;
  static final String SECOND = "known-order-number-email";

  @Autowired AssignmentService assignments;
  @Autowired AgentDirectory directory;
  @Autowired UserService users;
  @Autowired GradingService grading;

  private String agentIn(String team) {
    String username = "member-" + UUID.randomUUID().toString().substring(0, 8);
    UserSummary user =
        users.create(
            new NewUser(username, "Member " + username, Set.of(Role.AGENT), "password-123"));
    directory.setTeam(user.id(), team);
    return username;
  }

  @Test
  void a_sequence_assigned_to_a_team_reaches_each_member_in_order() {
    String team = "Team " + UUID.randomUUID().toString().substring(0, 6);
    String ann = agentIn(team);
    String bob = agentIn(team);
    String outsider = agentIn("Other " + team);

    int reached =
        assignments.assign(
            new AssignmentRequest(
                List.of(FIRST, SECOND),
                Set.of(),
                Set.of(team),
                assignments.today().plusDays(5),
                false),
            "trainer");

    assertThat(reached).isEqualTo(2);
    for (String member : List.of(ann, bob)) {
      List<MyExercise> assigned =
          assignments.myTraining(member).stream().filter(MyExercise::assigned).toList();
      assertThat(assigned)
          .extracting(e -> e.exercise().id(), MyExercise::step, MyExercise::status)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(FIRST, 1, TrainingStatus.NOT_STARTED),
              org.assertj.core.groups.Tuple.tuple(SECOND, 2, TrainingStatus.NOT_STARTED));
    }
    assertThat(assignments.myTraining(outsider)).noneMatch(MyExercise::assigned);
  }

  @Test
  void an_agent_named_and_in_a_chosen_team_gets_the_exercise_once() {
    String team = "Team " + UUID.randomUUID().toString().substring(0, 6);
    String ann = agentIn(team);

    int reached =
        assignments.assign(
            new AssignmentRequest(
                List.of(FIRST), Set.of(ann), Set.of(team), assignments.today(), false),
            "trainer");

    assertThat(reached).isEqualTo(1);
    assertThat(assignments.myTraining(ann).stream().filter(MyExercise::assigned)).hasSize(1);
  }

  @Test
  void status_follows_the_attempts_and_the_rest_of_the_catalog_is_optional_practice() {
    String ann = agentIn("Team " + UUID.randomUUID().toString().substring(0, 6));
    assignments.assign(
        new AssignmentRequest(List.of(FIRST), Set.of(ann), Set.of(), assignments.today(), false),
        "trainer");
    long id = assignments.myTraining(ann).get(0).assignmentId();

    grading.submit(ann, FIRST, id, GradingServiceTest.IGNORES_THE_WAIT, false);
    assertThat(assignments.myTraining(ann).get(0).status()).isEqualTo(TrainingStatus.NOT_YET);
    grading.submit(
        ann,
        FIRST,
        id,
        "Hi Lucy,\n\nI'm sorry you've waited four days for a reply, and"
            + " had to chase us too.\n\nI've sent a replacement jug for order 50318 by express post"
            + " today. It should reach you by Tuesday.\n\nMaya",
        false);

    List<MyExercise> mine = assignments.myTraining(ann);
    assertThat(mine.get(0).status()).isEqualTo(TrainingStatus.PASSED);
    assertThat(mine.get(0).attempts()).isEqualTo(2);
    assertThat(mine.get(0).overdue()).isFalse();
    assertThat(mine.subList(1, mine.size()))
        .isNotEmpty()
        .noneMatch(MyExercise::assigned)
        .noneMatch(e -> e.exercise().id().equals(FIRST));
  }

  @Test
  void an_assignment_without_exercises_agents_or_a_valid_date_names_the_field_to_fix() {
    assertThatThrownBy(
            () ->
                assignments.assign(
                    new AssignmentRequest(
                        List.of(), Set.of("agent"), Set.of(), assignments.today(), false),
                    "trainer"))
        .isInstanceOfSatisfying(
            AssignmentRejected.class, e -> assertThat(e.field()).isEqualTo("exercises"));
    assertThatThrownBy(
            () ->
                assignments.assign(
                    new AssignmentRequest(
                        List.of(FIRST), Set.of(), Set.of(), assignments.today(), false),
                    "trainer"))
        .isInstanceOfSatisfying(
            AssignmentRejected.class, e -> assertThat(e.field()).isEqualTo("assignees"));
    assertThatThrownBy(
            () ->
                assignments.assign(
                    new AssignmentRequest(List.of(FIRST), Set.of("agent"), Set.of(), null, false),
                    "trainer"))
        .isInstanceOfSatisfying(
            AssignmentRejected.class, e -> assertThat(e.field()).isEqualTo("due"));
  }
}
