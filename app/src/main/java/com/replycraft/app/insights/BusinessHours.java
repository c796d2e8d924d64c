package com.replycraft.app.insights;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The hours a channel is staffed, e.g. {@code Mon-Fri 09:00-17:00}, in one zone. A wait measured in
 * business time counts only the staffed minutes, so a Friday-evening message answered on Monday
 * morning waited minutes of business time and days of calendar time.
 */
record BusinessHours(Set<DayOfWeek> days, LocalTime opens, LocalTime closes, ZoneId zone) {

  private static final Pattern FORMAT =
      Pattern.compile("(\\p{Alpha}{3})(?:-(\\p{Alpha}{3}))?\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");

  BusinessHours {
    days = Set.copyOf(days);
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("business hours must open before they close");
    }
  }

  /**
   * Parses {@code Mon-Fri 09:00-17:00} (or a single day, {@code Sat 10:00-14:00}).
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  static BusinessHours parse(String text, ZoneId zone) {
    Matcher m = FORMAT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "business hours \"" + text + "\" must look like Mon-Fri 09:00-17:00");
    }
    DayOfWeek first = day(m.group(1));
    DayOfWeek last = m.group(2) == null ? first : day(m.group(2));
    EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d = first; ; d = d.plus(1)) {
      days.add(d);
      if (d == last) {
        break;
      }
    }
    try {
      return new BusinessHours(
          days, LocalTime.parse(m.group(3)), LocalTime.parse(m.group(4)), zone);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("business hours \"" + text + "\": bad time", e);
    }
  }

  /** The staffed time between two instants (zero when {@code to} is not after {@code from}). */
  Duration between(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    LocalDate day = from.atZone(zone).toLocalDate();
    LocalDate lastDay = to.atZone(zone).toLocalDate();
    for (; !day.isAfter(lastDay); day = day.plusDays(1)) {
      if (!days.contains(day.getDayOfWeek())) {
        continue;
      }
      Instant open = ZonedDateTime.of(day, opens, zone).toInstant();
      Instant close = ZonedDateTime.of(day, closes, zone).toInstant();
      Instant start = from.isAfter(open) ? from : open;
      Instant end = to.isBefore(close) ? to : close;
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }

  @Override
  public String toString() {
    return days + " " + opens + "-" + closes + " " + zone;
  }

  private static DayOfWeek day(String abbreviation) {
    String a = abbreviation.toLowerCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.name().toLowerCase(Locale.ROOT).startsWith(a)) {
        return d;
      }
    }
    throw new IllegalArgumentException("unknown day \"" + abbreviation + "\" (use Mon, Tue, ...)");
  }
}
