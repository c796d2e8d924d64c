package com.replycraft.scoring.eval;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;

/**
 * The statistics the evaluation reports: confusion counts and their ratios, Pearson and Spearman
 * correlation (average ranks for ties), ROC AUC, and picking a decision threshold on tuning data.
 * Undefined values (no variance, no positives) are {@link Double#NaN}.
 */
public final class EvalStats {

  private EvalStats() {}

  /** Binary confusion counts; "positive" is whatever the caller detects. */
  public record Confusion(int tp, int fp, int fn, int tn) {

    public static Confusion of(boolean[] predicted, boolean[] actual) {
      requireSameLength(predicted.length, actual.length);
      int tp = 0;
      int fp = 0;
      int fn = 0;
      int tn = 0;
      for (int i = 0; i < predicted.length; i++) {
        if (predicted[i] && actual[i]) {
          tp++;
        } else if (predicted[i]) {
          fp++;
        } else if (actual[i]) {
          fn++;
        } else {
          tn++;
        }
      }
      return new Confusion(tp, fp, fn, tn);
    }

    public int total() {
      return tp + fp + fn + tn;
    }

    public double precision() {
      return ratio(tp, tp + fp);
    }

    public double recall() {
      return ratio(tp, tp + fn);
    }

    /** F1 of the positive class; 0 when nothing was found and nothing was right. */
    public double f1() {
      return f1(tp, fp, fn);
    }

    public double accuracy() {
      return ratio(tp + tn, total());
    }

    /** The unweighted mean of the F1 of the positive and of the negative class. */
    public double macroF1() {
      return (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
    }

    private static double f1(int tp, int fp, int fn) {
      int denominator = 2 * tp + fp + fn;
      return denominator == 0 ? Double.NaN : 2.0 * tp / denominator;
    }
  }

  public static Confusion confusion(boolean[] predicted, boolean[] actual) {
    return Confusion.of(predicted, actual);
  }

  public static double accuracy(boolean[] predicted, boolean[] actual) {
    return Confusion.of(predicted, actual).accuracy();
  }

  /**
   * Macro-F1 over any number of classes: the unweighted mean of each class's F1, over the classes
   * that occur in either the predictions or the truth.
   */
  public static double macroF1(int[] predicted, int[] actual) {
    requireSameLength(predicted.length, actual.length);
    int classes = 0;
    for (int i = 0; i < predicted.length; i++) {
      classes = Math.max(classes, Math.max(predicted[i], actual[i]) + 1);
    }
    double sum = 0;
    int present = 0;
    for (int c = 0; c < classes; c++) {
      int tp = 0;
      int fp = 0;
      int fn = 0;
      for (int i = 0; i < predicted.length; i++) {
        boolean p = predicted[i] == c;
        boolean a = actual[i] == c;
        tp += p && a ? 1 : 0;
        fp += p && !a ? 1 : 0;
        fn += !p && a ? 1 : 0;
      }
      if (tp + fp + fn > 0) {
        sum += 2.0 * tp / (2 * tp + fp + fn);
        present++;
      }
    }
    return present == 0 ? Double.NaN : sum / present;
  }

  public static double pearson(double[] x, double[] y) {
    requireSameLength(x.length, y.length);
    int n = x.length;
    if (n < 2) {
      return Double.NaN;
    }
    double meanX = Arrays.stream(x).average().orElse(0);
    double meanY = Arrays.stream(y).average().orElse(0);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - meanX;
      double dy = y[i] - meanY;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }

  /** Spearman's ρ: Pearson's r of the ranks, tied values sharing their average rank. */
  public static double spearman(double[] x, double[] y) {
    requireSameLength(x.length, y.length);
    return pearson(ranks(x), ranks(y));
  }

  /** 1-based ranks, ties given the mean of the ranks they span. */
  public static double[] ranks(double[] values) {
    Integer[] order = new Integer[values.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[values.length];
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }

  /**
   * Area under the ROC curve of a score that should be higher for positives: the chance that a
   * random positive outscores a random negative, ties counting half (Mann–Whitney U).
   */
  public static double rocAuc(double[] scores, boolean[] positive) {
    requireSameLength(scores.length, positive.length);
    double[] ranks = ranks(scores);
    double rankSum = 0;
    long positives = 0;
    for (int i = 0; i < scores.length; i++) {
      if (positive[i]) {
        rankSum += ranks[i];
        positives++;
      }
    }
    long negatives = scores.length - positives;
    if (positives == 0 || negatives == 0) {
      return Double.NaN;
    }
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /** Predicts positive where {@code score >= threshold}. */
  public static boolean[] atLeast(double[] scores, double threshold) {
    boolean[] predicted = new boolean[scores.length];
    for (int i = 0; i < scores.length; i++) {
      predicted[i] = scores[i] >= threshold;
    }
    return predicted;
  }

  /**
   * The threshold {@code t} (predict positive where {@code score >= t}) that maximises the
   * objective on the given (tuning) data. Candidates are the distinct scores and +∞ (predict
   * nothing); on a tie the lowest threshold wins, so the choice is deterministic.
   */
  public static double bestThreshold(
      double[] scores, boolean[] positive, ToDoubleFunction<Confusion> objective) {
    requireSameLength(scores.length, positive.length);
    double[] candidates =
        java.util.stream.DoubleStream.concat(
                Arrays.stream(scores).distinct().sorted(),
                java.util.stream.DoubleStream.of(Double.POSITIVE_INFINITY))
            .toArray();
    double best = Double.POSITIVE_INFINITY;
    double bestValue = Double.NEGATIVE_INFINITY;
    for (double candidate : candidates) {
      double value = objective.applyAsDouble(Confusion.of(atLeast(scores, candidate), positive));
      if (!Double.isNaN(value) && value > bestValue) {
        bestValue = value;
        best = candidate;
      }
    }
    return best;
  }

  private static double ratio(int numerator, int denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }

  private static void requireSameLength(int a, int b) {
    if (a != b) {
      throw new IllegalArgumentException("arrays differ in length: " + a + " vs " + b);
    }
  }
}
