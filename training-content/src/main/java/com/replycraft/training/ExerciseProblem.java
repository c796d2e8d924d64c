package com.replycraft.training;

import java.util.Objects;

/**
 * Why an exercise file was skipped, in the shape compilers use: {@code path:line: message}.
 *
 * @param path the file as it was found (a classpath resource or a file system path)
 * @param line 1-based line of the file the problem is on
 */
public record ExerciseProblem(String path, int line, String message) {

  public ExerciseProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (line < 1) {
      throw new IllegalArgumentException("line must be 1 or more, was " + line);
    }
  }

  @Override
  public String toString() {
    return path + ":" + line + ": " + message;
  }
}
