package com.replycraft.app.insights;

import com.replycraft.scoring.thread.Channel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The zone periods are counted in and each channel's business hours. */
final class InsightsCalendar {

  private final ZoneId zone;
  private final Map<Channel, BusinessHours> hours;

  InsightsCalendar(ZoneId zone, Map<Channel, BusinessHours> hours) {
    this.zone = zone;
    this.hours = hours.isEmpty() ? Map.of() : new EnumMap<>(hours);
  }

  /**
   * From the settings.
   *
   * @throws IllegalArgumentException naming the bad channel or hours
   */
  static InsightsCalendar of(InsightsProperties properties) {
    Map<Channel, BusinessHours> hours = new EnumMap<>(Channel.class);
    properties
        .businessHours()
        .forEach(
            (name, text) -> {
              Channel channel;
              try {
                channel = Channel.valueOf(name.strip().toUpperCase(Locale.ROOT));
              } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                    "replycraft.insights.business-hours." + name + ": unknown channel", e);
              }
              hours.put(channel, BusinessHours.parse(text, properties.zone()));
            });
    return new InsightsCalendar(properties.zone(), hours);
  }

  ZoneId zone() {
    return zone;
  }

  boolean hasBusinessHours() {
    return !hours.isEmpty();
  }

  Optional<BusinessHours> hoursOf(Channel channel) {
    return Optional.ofNullable(hours.get(channel));
  }

  /** The business-time wait, or null when the channel is staffed around the clock. */
  @Nullable Duration businessWait(Channel channel, Instant from, Instant to) {
    BusinessHours h = hours.get(channel);
    return h == null ? null : h.between(from, to);
  }

  LocalDate day(Instant at) {
    return at.atZone(zone).toLocalDate();
  }

  static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  static LocalDate monthOf(LocalDate day) {
    return day.withDayOfMonth(1);
  }

  /** What the facts depend on; when it changes, every fact is recomputed. */
  String signature() {
    return "zone=" + zone + ";hours=" + new TreeMap<>(hours);
  }
}
