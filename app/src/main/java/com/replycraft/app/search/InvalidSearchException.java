package com.replycraft.app.search;

/** A search the service refuses, naming the field that is wrong (for forms and API problems). */
public class InvalidSearchException extends RuntimeException {

  private final String field;

  public InvalidSearchException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
