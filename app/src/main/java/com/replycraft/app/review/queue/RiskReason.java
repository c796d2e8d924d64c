package com.replycraft.app.review.queue;

/** Why a conversation sits high in the queue, in the order the queue weighs them. */
public enum RiskReason {
  CRITICAL_FINDING("Critical finding"),
  BREACHED_WAIT("Wait breached"),
  FRUSTRATED("Frustrated customer"),
  DISTRESSED("Distressed customer"),
  ESCALATION_MISSED("Call not offered");

  private final String label;

  RiskReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
