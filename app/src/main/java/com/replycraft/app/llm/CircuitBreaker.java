package com.replycraft.app.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * After {@code threshold} consecutive failures the circuit opens for {@code openFor}: calls are
 * refused without reaching the provider. Then one trial call is let through; its failure opens the
 * circuit again, its success closes it.
 */
final class CircuitBreaker {

  private final int threshold;
  private final Duration openFor;
  private final Clock clock;
  private int failures;
  private @Nullable Instant openUntil;

  CircuitBreaker(int threshold, Duration openFor, Clock clock) {
    this.threshold = Math.max(1, threshold);
    this.openFor = openFor;
    this.clock = clock;
  }

  synchronized boolean allows() {
    if (openUntil == null) {
      return true;
    }
    if (clock.instant().isBefore(openUntil)) {
      return false;
    }
    openUntil = null;
    failures = threshold - 1; // half-open: one more failure opens it again
    return true;
  }

  synchronized boolean isOpen() {
    return openUntil != null && clock.instant().isBefore(openUntil);
  }

  synchronized void succeeded() {
    failures = 0;
    openUntil = null;
  }

  synchronized void failed() {
    failures++;
    if (failures >= threshold) {
      openUntil = clock.instant().plus(openFor);
    }
  }
}
