package com.replycraft.scoring.escalation;

/** Why a thread should move to a call or live chat (SCORING.md). Stable: add, never rename. */
public enum ReasonCode {
  CUSTOMER_FRUSTRATED,
  CUSTOMER_DISTRESSED,
  HIGH_VALUE,
  URGENT,
  CHURN_OR_COMPLAINT_THREAT,
  REPEATED_CONTACT,
  LONG_UNRESOLVED_THREAD,
  RESPONSE_TARGET_BREACHED,
  PUBLIC_CHANNEL
}
