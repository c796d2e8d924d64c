package com.replycraft.app.review;

/** The file as a whole cannot be imported (for example a CSV without the expected header). */
public class ImportFormatException extends RuntimeException {

  public ImportFormatException(String message) {
    super(message);
  }
}
