package com.replycraft.scoring.json;

import org.jspecify.annotations.Nullable;

/**
 * The error object of the contract: {@code {"id": ..., "error": {"code": "INVALID_REQUEST",
 * "message": "..."}}}.
 */
public record ScoringError(@Nullable String id, Detail error) {

  public record Detail(String code, String message) {}

  public static ScoringError invalidRequest(@Nullable String id, String message) {
    return new ScoringError(id, new Detail("INVALID_REQUEST", message));
  }
}
