package com.replycraft.app.training;

/** Where an agent stands on one exercise. */
public enum TrainingStatus {
  NOT_STARTED("not started"),
  NOT_YET("not yet passed"),
  PASSED("passed");

  private final String label;

  TrainingStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
