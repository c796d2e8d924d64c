package com.replycraft.app.training;

/** An assignment the trainer must correct; {@link #field()} names the form field at fault. */
public class AssignmentRejected extends RuntimeException {

  private final String field;

  public AssignmentRejected(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
