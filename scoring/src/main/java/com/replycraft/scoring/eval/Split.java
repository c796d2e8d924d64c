package com.replycraft.scoring.eval;

import java.util.Locale;

/** Which part of a dataset to score: {@code dev} to tune on, {@code test} only to publish. */
public enum Split {
  DEV,
  TEST;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Split parse(String value) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "dev" -> DEV;
      case "test" -> TEST;
      default -> throw new IllegalArgumentException("--split must be dev or test, not " + value);
    };
  }
}
