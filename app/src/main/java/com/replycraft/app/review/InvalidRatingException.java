package com.replycraft.app.review;

/** A rating the category does not allow, or a missing one on submit; names the category. */
public class InvalidRatingException extends RuntimeException {

  private final long categoryId;

  public InvalidRatingException(long categoryId, String message) {
    super(message);
    this.categoryId = categoryId;
  }

  public long categoryId() {
    return categoryId;
  }
}
