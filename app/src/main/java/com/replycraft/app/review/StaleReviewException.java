package com.replycraft.app.review;

/** The review changed since the form was loaded; nothing was saved. */
public class StaleReviewException extends RuntimeException {

  public StaleReviewException() {
    super("Someone else changed this review — reload");
  }
}
