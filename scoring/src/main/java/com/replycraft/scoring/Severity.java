package com.replycraft.scoring;

/**
 * How much a finding matters. The weight is the number of points it takes from its dimension's
 * score (see {@code ScoreRule}).
 */
public enum Severity {
  MINOR(10),
  MAJOR(25),
  CRITICAL(45);

  private final int weight;

  Severity(int weight) {
    this.weight = weight;
  }

  public int weight() {
    return weight;
  }
}
