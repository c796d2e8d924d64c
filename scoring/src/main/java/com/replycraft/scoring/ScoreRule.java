package com.replycraft.scoring;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The one rule that turns findings into scores, so every point lost is explained by a finding.
 *
 * <ul>
 *   <li>A dimension starts at 100 and loses each of its findings' severity weight (MINOR 10, MAJOR
 *       25, CRITICAL 45). Repeats of the same code cost half as much again each, so one habit
 *       repeated five times does not outweigh five different problems. The score never goes below
 *       0.
 *   <li>{@code delayAcknowledgement} is null when no acknowledgement of a wait was owed (the
 *       customer did not wait past the response target).
 *   <li>{@code overall} is the mean of the non-null dimension scores, rounded; with any CRITICAL
 *       finding it is capped at 59, so a reply with a critical problem never reads as passing.
 *   <li>A finding in a dimension whose score is null (RESTARTED_CONVERSATION when no wait was
 *       breached) is still reported, and its points are taken from {@code overall} as if it were
 *       one more dimension of the mean, so no finding is ever free. {@code overall} never goes
 *       below 0.
 * </ul>
 *
 * <p>Worked example: one MAJOR clarity finding and one MINOR tone finding, nothing owed: tone 90,
 * clarity 75, empathy 100, channelFit 100, overall round((90 + 75 + 100 + 100) / 4) = 91.
 */
public final class ScoreRule {

  static final int CRITICAL_CAP = 59;

  private ScoreRule() {}

  public static Scores scores(List<Finding> findings, boolean delayAcknowledgementOwed) {
    Map<Dimension, Double> lost = new EnumMap<>(Dimension.class);
    Map<FindingCode, Integer> seen = new HashMap<>();
    boolean critical = false;
    for (Finding finding : findings) {
      int repeats = seen.merge(finding.code(), 1, Integer::sum) - 1;
      double cost = finding.severity().weight() / Math.pow(2, repeats);
      lost.merge(finding.dimension(), cost, Double::sum);
      critical |= finding.severity() == Severity.CRITICAL;
    }
    int tone = score(lost, Dimension.TONE);
    int clarity = score(lost, Dimension.CLARITY);
    Integer delay = delayAcknowledgementOwed ? score(lost, Dimension.DELAY_ACKNOWLEDGEMENT) : null;
    int empathy = score(lost, Dimension.EMPATHY);
    int channelFit = score(lost, Dimension.CHANNEL_FIT);
    double sum = tone + clarity + empathy + channelFit;
    if (delay != null) {
      sum += delay;
    } else {
      sum -= Math.min(100, lost.getOrDefault(Dimension.DELAY_ACKNOWLEDGEMENT, 0.0));
    }
    int count = delay == null ? 4 : 5;
    int overall = (int) Math.max(0, Math.round(sum / count));
    if (critical) {
      overall = Math.min(overall, CRITICAL_CAP);
    }
    return new Scores(tone, clarity, delay, empathy, channelFit, overall);
  }

  private static int score(Map<Dimension, Double> lost, Dimension dimension) {
    return (int) Math.max(0, Math.round(100 - lost.getOrDefault(dimension, 0.0)));
  }
}
