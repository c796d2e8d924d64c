package com.replycraft.app.review.calibration;

/** A calibration rule was broken; the message says which, for people. */
public class CalibrationException extends RuntimeException {

  public CalibrationException(String message) {
    super(message);
  }
}
