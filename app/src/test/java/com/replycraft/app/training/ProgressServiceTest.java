package com.replycraft.app.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.replycraft.app.ReplyCraftTest;
import com.replycraft.scoring.Dimension;
import com.replycraft.training.Skill;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReplyCraftTest
class ProgressServiceTest {

  @Autowired GradingService grading;
  @Autowired ProgressService progress;
  @Autowired TrainingCatalog catalog;

  @Test
  void pass_rate_and_average_scores_come_from_the_agents_attempts_with_the_weakest_skill_first() {
    String agent = "progress-" + UUID.randomUUID().toString().substring(0, 8);
    String ignoredWait = GradingServiceTest.EXERCISE;
    AttemptDetail failed =
        grading.submit(agent, ignoredWait, null, GradingServiceTest.IGNORES_THE_WAIT, false);
    AttemptDetail passed =
        grading.submit(
            agent, ignoredWait, null, catalog.find(ignoredWait).orElseThrow().modelReply(), false);

    Progress p = progress.ofAgent(agent);

    assertThat(p.attempts()).isEqualTo(2);
    assertThat(p.periods()).hasSize(1);
    Progress.Period today = p.periods().get(0);
    assertThat(today.passRate()).isCloseTo(0.5, within(1e-9));
    double expectedDelay =
        (failed.grade().score().scores().delayAcknowledgement()
                + passed.grade().score().scores().delayAcknowledgement())
            / 2.0;
    assertThat(today.averages().get(Dimension.DELAY_ACKNOWLEDGEMENT))
        .isCloseTo(expectedDelay, within(1e-9));
    assertThat(p.skills())
        .extracting(Progress.SkillResult::skill)
        .containsExactlyInAnyOrder(Skill.DELAY_ACKNOWLEDGEMENT, Skill.EMPATHY);
  }

  @Test
  void the_skill_with_the_lower_pass_rate_comes_first() {
    String agent = "progress-" + UUID.randomUUID().toString().substring(0, 8);
    var passedExercise =
        catalog.all().stream()
            .map(CatalogEntry::exercise)
            .filter(e -> e.practises(Skill.CLARITY) && !e.practises(Skill.DELAY_ACKNOWLEDGEMENT))
            .findFirst()
            .orElseThrow();
    grading.submit(agent, passedExercise.id(), null, passedExercise.modelReply(), false);
    grading.submit(
        agent, GradingServiceTest.EXERCISE, null, GradingServiceTest.IGNORES_THE_WAIT, false);

    Progress p = progress.ofAgent(agent);

    assertThat(p.skills().get(0).passRate()).isZero();
    assertThat(p.skills().get(p.skills().size() - 1).passRate()).isEqualTo(1.0);
    assertThat(p.skills().get(p.skills().size() - 1).skill()).isIn(passedExercise.skills());
  }

  @Test
  void an_agent_without_attempts_has_empty_progress() {
    Progress p = progress.ofAgent("nobody-" + UUID.randomUUID());

    assertThat(p.attempts()).isZero();
    assertThat(p.periods()).isEmpty();
    assertThat(p.skills()).isEmpty();
  }
}
