package com.replycraft.app.review.scorecard;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The score of a set of ratings on a scorecard version.
 *
 * @param value 0–100, or null when no category has a point yet (all N/A or unrated)
 * @param failedCritical names of the critical categories that failed; any makes the value 0
 */
public record ReviewScore(@Nullable Double value, List<String> failedCritical) {

  public ReviewScore {
    failedCritical = List.copyOf(failedCritical);
  }

  public boolean criticalFailed() {
    return !failedCritical.isEmpty();
  }

  /** The value as people read it: "84", "0 (critical: Compliance)", "–". */
  public String describe() {
    if (value == null) {
      return "–";
    }
    String rounded = String.valueOf(Math.round(value));
    return criticalFailed()
        ? rounded + " (critical failed: " + String.join(", ", failedCritical) + ")"
        : rounded;
  }
}
