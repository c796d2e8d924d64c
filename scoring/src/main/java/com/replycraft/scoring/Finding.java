package com.replycraft.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One explained problem in a reply: what, where (a half-open span {@code [start, end)} into the
 * scored text, or into thread message {@code messageIndex} when auditing), why and how to fix it.
 *
 * @param replacement when present, the exact text that should replace {@code [start, end)}; the
 *     composer's "Apply" button uses it. An empty span with a replacement is an insertion.
 */
@JsonPropertyOrder({
  "code",
  "dimension",
  "severity",
  "messageIndex",
  "start",
  "end",
  "message",
  "suggestion",
  "replacement"
})
public record Finding(
    FindingCode code,
    Severity severity,
    @Nullable Integer messageIndex,
    int start,
    int end,
    String message,
    String suggestion,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String replacement) {

  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(suggestion, "suggestion");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public static Finding of(
      FindingCode code, Severity severity, int start, int end, String message, String suggestion) {
    return new Finding(code, severity, null, start, end, message, suggestion, null);
  }

  @com.fasterxml.jackson.annotation.JsonProperty("dimension")
  public Dimension dimension() {
    return code.dimension();
  }

  public Finding withReplacement(String replacementText) {
    return new Finding(
        code, severity, messageIndex, start, end, message, suggestion, replacementText);
  }

  public Finding inMessage(int index) {
    return new Finding(code, severity, index, start, end, message, suggestion, replacement);
  }
}
