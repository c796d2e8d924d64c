package com.replycraft.app.search;

import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What to look for: words in simple query syntax ({@code refund "on hold" -bot}, {@code refund |
 * chargeback}), and filters. Dates are whole days in UTC, both ends included.
 *
 * @param text the words; blank means "every message that passes the filters"
 * @param channel only threads on this channel
 * @param author only turns by this author
 * @param agentId only turns carrying this help-desk agent id (case is ignored)
 * @param from only turns sent on or after this day
 * @param to only turns sent on or before this day
 */
public record SearchQuery(
    @Nullable String text,
    @Nullable Channel channel,
    @Nullable Author author,
    @Nullable String agentId,
    @Nullable LocalDate from,
    @Nullable LocalDate to) {

  public static final int MAX_TEXT = 500;
  static final int MAX_AGENT_ID = 100;

  /**
   * @throws InvalidSearchException naming the field that is wrong
   */
  public SearchQuery {
    text = blankToNull(text);
    agentId = blankToNull(agentId);
    if (text != null && text.length() > MAX_TEXT) {
      throw new InvalidSearchException(
          "q", "is longer than " + MAX_TEXT + " characters; search for fewer words");
    }
    if (agentId != null && agentId.length() > MAX_AGENT_ID) {
      throw new InvalidSearchException("agentId", "is longer than " + MAX_AGENT_ID + " characters");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidSearchException("to", "is before from (" + from + ")");
    }
  }

  /** Words only, no filter. */
  public static SearchQuery words(String text) {
    return new SearchQuery(text, null, null, null, null, null);
  }

  public boolean hasText() {
    return text != null;
  }

  /** True when there is nothing to search for: no words and no filter. */
  public boolean isEmpty() {
    return text == null
        && channel == null
        && author == null
        && agentId == null
        && from == null
        && to == null;
  }

  public SearchQuery withChannel(@Nullable Channel value) {
    return new SearchQuery(text, value, author, agentId, from, to);
  }

  public SearchQuery withAuthor(@Nullable Author value) {
    return new SearchQuery(text, channel, value, agentId, from, to);
  }

  public SearchQuery withAgentId(@Nullable String value) {
    return new SearchQuery(text, channel, author, value, from, to);
  }

  public SearchQuery between(@Nullable LocalDate start, @Nullable LocalDate end) {
    return new SearchQuery(text, channel, author, agentId, start, end);
  }

  /**
   * Reads request parameters as they come from a URL.
   *
   * @throws InvalidSearchException naming the parameter that cannot be read
   */
  public static SearchQuery parse(
      @Nullable String q,
      @Nullable String channel,
      @Nullable String author,
      @Nullable String agentId,
      @Nullable String from,
      @Nullable String to) {
    return new SearchQuery(
        q,
        enumValue("channel", channel, Channel.class),
        enumValue("author", author, Author.class),
        agentId,
        day("from", from),
        day("to", to));
  }

  private static <E extends Enum<E>> @Nullable E enumValue(
      String field, @Nullable String raw, Class<E> type) {
    String value = blankToNull(raw);
    if (value == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidSearchException(
          field,
          "unknown value \""
              + value
              + "\" (expected one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ")");
    }
  }

  private static @Nullable LocalDate day(String field, @Nullable String raw) {
    String value = blankToNull(raw);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidSearchException(
          field, "\"" + value + "\" is not a date (expected YYYY-MM-DD, e.g. 2026-11-17)");
    }
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }
}
