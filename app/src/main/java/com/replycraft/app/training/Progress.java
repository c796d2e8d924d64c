package com.replycraft.app.training;

import com.replycraft.scoring.Dimension;
import com.replycraft.training.Skill;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How an agent or a team is doing: pass rate and average dimension scores per period (days for a
 * short history, weeks for a longer one), and each skill's results, weakest first.
 *
 * @param who the agent's username or the team's name
 */
public record Progress(String who, int attempts, List<Period> periods, List<SkillResult> skills) {

  public Progress {
    periods = List.copyOf(periods);
    skills = List.copyOf(skills);
  }

  /**
   * @param start the first day of the period
   * @param averages the average score per dimension; a dimension with no score in the period (a
   *     delay acknowledgement nobody owed) is missing
   */
  public record Period(
      LocalDate start, int attempts, double passRate, Map<Dimension, Double> averages) {
    public Period {
      averages = Map.copyOf(averages);
    }
  }

  /**
   * @param averageScore the average of the skill's dimension over attempts at exercises practising
   *     it (the overall score for escalation, which has no dimension of its own); null when none
   */
  public record SkillResult(
      Skill skill, int attempts, double passRate, @Nullable Double averageScore) {}
}
