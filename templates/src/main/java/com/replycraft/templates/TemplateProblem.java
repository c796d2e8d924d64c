package com.replycraft.templates;

import java.util.Objects;

/**
 * Why a template file was skipped, in the shape compilers use: {@code path:line: message}.
 *
 * @param path the file as it was found (a classpath resource or a file system path)
 * @param line 1-based line of the file the problem is on
 */
public record TemplateProblem(String path, int line, String message) {

  public TemplateProblem {
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
