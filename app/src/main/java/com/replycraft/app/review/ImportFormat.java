package com.replycraft.app.review;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The two export formats, told apart by file name, then content type, then the first byte. */
public enum ImportFormat {
  CSV,
  JSONL;

  /**
   * @param fileName the uploaded file's name
   * @param contentType what the browser said it is, if anything
   * @param file its content, read only when name and type do not tell
   */
  public static ImportFormat detect(
      @Nullable String fileName, @Nullable String contentType, Path file) throws IOException {
    String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSONL;
    }
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("text/csv")) {
      return CSV;
    }
    if (type.contains("ndjson") || type.contains("jsonl") || type.startsWith("application/json")) {
      return JSONL;
    }
    try (InputStream in = Files.newInputStream(file)) {
      for (int b = in.read(); b != -1; b = in.read()) {
        if (!Character.isWhitespace(b) && b != 0xEF && b != 0xBB && b != 0xBF) {
          return b == '{' ? JSONL : CSV;
        }
      }
    }
    return CSV;
  }
}
