package com.replycraft.scoring.escalation;

/** Whether a thread should stay in writing or move to a live conversation. */
public enum Recommendation {
  STAY_ASYNC,
  OFFER_SYNC,
  ESCALATE_NOW;

  /** The advice asks the agent to offer a call, callback or live chat. */
  public boolean wantsSync() {
    return this != STAY_ASYNC;
  }
}
