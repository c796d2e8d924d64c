package com.replycraft.templates;

import java.time.Duration;

/**
 * Durations in the words a customer would use: {@code "2 days 3 hours"}, {@code "45 minutes"}. At
 * most the two largest units are spoken; seconds never are.
 */
public final class WaitWords {

  private WaitWords() {}

  /**
   * The wait in words: days and hours from one day up, hours and minutes from one hour up, else
   * minutes; under a minute is {@code "less than a minute"}. Negative durations count as zero.
   */
  public static String of(Duration duration) {
    long minutes = Math.max(0, duration.toMinutes());
    long days = minutes / (24 * 60);
    long hours = (minutes / 60) % 24;
    long mins = minutes % 60;
    if (days > 0) {
      return join(unit(days, "day"), hours, "hour");
    }
    if (hours > 0) {
      return join(unit(hours, "hour"), mins, "minute");
    }
    if (mins > 0) {
      return unit(mins, "minute");
    }
    return "less than a minute";
  }

  /**
   * A response window: {@code "within 4 hours"}, {@code "within 24 hours"}, {@code "within 3
   * days"}. Whole hours are kept as hours up to two days, because that is how response targets are
   * usually published.
   */
  public static String window(Duration duration) {
    long minutes = Math.max(0, duration.toMinutes());
    if (minutes > 0 && minutes % 60 == 0 && minutes <= 48 * 60) {
      return "within " + unit(minutes / 60, "hour");
    }
    return "within " + of(duration);
  }

  private static String join(String first, long second, String secondUnit) {
    return second == 0 ? first : first + " " + unit(second, secondUnit);
  }

  private static String unit(long count, String singular) {
    return count + " " + (count == 1 ? singular : singular + "s");
  }
}
