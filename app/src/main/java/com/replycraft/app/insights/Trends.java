package com.replycraft.app.insights;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rows behind the Insights charts; each is also a table and a CSV download. */
public final class Trends {

  private Trends() {}

  /** First-response time of the conversations started in one period. */
  public record ResponsePeriod(
      LocalDate period,
      long conversations,
      @Nullable Double medianMinutes,
      @Nullable Double p90Minutes,
      @Nullable Double businessMedianMinutes) {}

  /** Average auto-QA score per dimension (0..100) of the replies sent in one period. */
  public record DimensionPeriod(
      LocalDate period,
      long replies,
      @Nullable Double overall,
      @Nullable Double tone,
      @Nullable Double clarity,
      @Nullable Double delayAcknowledgement,
      @Nullable Double empathy,
      @Nullable Double channelFit) {}

  /** How many conversations an auto-QA finding code was raised in. */
  public record CodeCount(String code, String dimension, long conversations) {}

  /** Escalation advice against what the replies did. */
  public record Escalations(long conversations, long recommended, long offered) {}

  /**
   * An agent's change in average auto-QA score between the first and the second half of the period:
   * who is improving, not who scores highest.
   */
  public record Improvement(
      String agentId,
      String name,
      long firstHalfReplies,
      double firstHalfScore,
      long secondHalfReplies,
      double secondHalfScore) {

    public double change() {
      return secondHalfScore - firstHalfScore;
    }
  }

  /** Everything the Insights page shows for one period and scope. */
  public record Report(
      Kpis overall,
      List<Kpis> kpis,
      List<ResponsePeriod> firstResponse,
      List<Kpis> byChannel,
      List<DimensionPeriod> dimensions,
      List<DimensionPeriod> reviewedDimensions,
      List<CodeCount> topCodes,
      Escalations escalations,
      List<Improvement> leaderboard) {}
}
