package com.replycraft.scoring.thread;

/** Who wrote a message in a thread. */
public enum Author {
  CUSTOMER,
  AGENT,
  BOT;

  /** Agent and bot turns speak for the business and are what an audit judges. */
  public boolean speaksForBusiness() {
    return this != CUSTOMER;
  }
}
