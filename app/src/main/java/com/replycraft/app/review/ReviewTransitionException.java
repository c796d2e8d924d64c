package com.replycraft.app.review;

/** A review action that its status or input does not allow; the message says why, for people. */
public class ReviewTransitionException extends RuntimeException {

  public ReviewTransitionException(String message) {
    super(message);
  }
}
