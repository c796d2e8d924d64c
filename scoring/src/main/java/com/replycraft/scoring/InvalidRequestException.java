package com.replycraft.scoring;

/** The request cannot be scored; the message says what is wrong and where. */
public class InvalidRequestException extends IllegalArgumentException {
  public InvalidRequestException(String message) {
    super(message);
  }
}
