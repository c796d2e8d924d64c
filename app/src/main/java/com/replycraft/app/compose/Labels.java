package com.replycraft.app.compose;

import com.replycraft.scoring.escalation.ReasonCode;
import java.time.Duration;
import java.util.Locale;

/** Words and short forms the compose screens show. */
final class Labels {

  private Labels() {}

  /** "2 d 3 h", "4 h", "45 min", "2 min"; at most two units. */
  static String compact(Duration duration) {
    long minutes = Math.max(0, duration.toMinutes());
    long days = minutes / (24 * 60);
    long hours = (minutes / 60) % 24;
    long mins = minutes % 60;
    if (days > 0) {
      return hours == 0 ? days + " d" : days + " d " + hours + " h";
    }
    if (hours > 0) {
      return mins == 0 ? hours + " h" : hours + " h " + mins + " min";
    }
    return mins + " min";
  }

  /**
   * A response target: whole hours up to two days stay hours ("24 h"), as targets are published.
   */
  static String target(Duration duration) {
    long minutes = duration.toMinutes();
    if (minutes > 0 && minutes % 60 == 0 && minutes <= 48 * 60) {
      return minutes / 60 + " h";
    }
    return compact(duration);
  }

  static String reason(ReasonCode code) {
    String words = code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
