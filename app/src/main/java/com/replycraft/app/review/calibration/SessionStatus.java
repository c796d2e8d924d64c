package com.replycraft.app.review.calibration;

/** Whether reviewers may still rate in a session. */
public enum SessionStatus {
  OPEN,
  CLOSED
}
