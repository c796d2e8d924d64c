package com.replycraft.scoring.eval;

import java.util.Locale;

/**
 * One line of the evaluation table.
 *
 * @param signal what of ours is measured (a dimension score, a finding, an escalation reason)
 * @param metric how it is measured against the labels
 * @param ours our figure, formatted
 * @param reference the published figure to compare with, or a dash
 */
public record EvalRow(
    String dataset, String signal, String metric, int n, String ours, String reference) {

  /** A ratio or correlation with three decimals; "n/a" when undefined (e.g. a constant score). */
  public static String ratio(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.3f", value);
  }

  /** A proportion as a percentage with one decimal, like the references print accuracy. */
  public static String percent(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * value);
  }

  /** Precision / recall / F1 of a confusion, in that order. */
  public static String prf(EvalStats.Confusion confusion) {
    return ratio(confusion.precision())
        + " / "
        + ratio(confusion.recall())
        + " / "
        + ratio(confusion.f1());
  }
}
