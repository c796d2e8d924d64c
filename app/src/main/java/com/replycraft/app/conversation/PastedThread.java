package com.replycraft.app.conversation;

import com.replycraft.scoring.thread.Author;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a thread an agent pastes: one message per block, each block starting with a time line.
 *
 * <pre>
 * 2026-11-20 09:15
 * Hi, my parcel never arrived. Order RC-4821.
 *
 * Mon 14:02 bot
 * Thanks! An agent will be with you shortly.
 *
 * yesterday 08:30
 * Still nothing?
 * </pre>
 *
 * A time line is a date and time ({@code 2026-11-20 09:15}, {@code 2026-11-20T09:15}, {@code
 * 20/11/2026 09:15}), a weekday and time ({@code Mon 09:15}: the latest such day up to today),
 * {@code yesterday 09:15}, {@code today 09:15} or just {@code 09:15} (today), optionally followed
 * by who wrote it ({@code customer}, the default, {@code agent} or {@code bot}). Times are read in
 * the given zone. The lines after it, up to the next time line, are the message. Parsing is
 * lenient: a bad line is reported with its line number and the valid messages are kept.
 */
public final class PastedThread {

  /** A line that could not be used, 1-based. */
  public record Problem(int line, String reason) {
    @Override
    public String toString() {
      return "line " + line + ": " + reason;
    }
  }

  /** The messages read and the problems found. */
  public record Result(List<NewThread.Message> messages, List<Problem> problems) {
    public Result {
      messages = List.copyOf(messages);
      problems = List.copyOf(problems);
    }
  }

  private static final String AUTHOR = "(?:\\s+(customer|agent|bot))?\\s*:?\\s*$";
  private static final Pattern ISO =
      Pattern.compile(
          "^(\\d{4}-\\d{1,2}-\\d{1,2})[ T](\\d{1,2}:\\d{2})" + AUTHOR, Pattern.CASE_INSENSITIVE);
  private static final Pattern DMY =
      Pattern.compile(
          "^(\\d{1,2})/(\\d{1,2})/(\\d{4})\\s+(\\d{1,2}:\\d{2})" + AUTHOR,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY =
      Pattern.compile(
          "^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+(\\d{1,2}:\\d{2})" + AUTHOR,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE =
      Pattern.compile("^(today|yesterday)\\s+(\\d{1,2}:\\d{2})" + AUTHOR, Pattern.CASE_INSENSITIVE);
  private static final Pattern TIME_ONLY =
      Pattern.compile("^(\\d{1,2}:\\d{2})" + AUTHOR, Pattern.CASE_INSENSITIVE);

  /**
   * Looks like an attempt at a date line, so a failure to read it is reported, not taken as text.
   */
  private static final Pattern DATE_LIKE =
      Pattern.compile("^\\d{1,4}[-/]\\d{1,2}[-/]\\d{1,4}\\b.*");

  private PastedThread() {}

  public static Result parse(String pasted, Instant now, ZoneId zone) {
    List<NewThread.Message> messages = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    String[] lines = pasted.split("\\R", -1);
    Stamp current = null;
    int currentLine = 0;
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      int number = i + 1;
      Stamp stamp;
      try {
        stamp = stamp(line, now, zone);
      } catch (java.time.DateTimeException e) {
        problems.add(new Problem(number, "\"" + line + "\" is not a valid date and time"));
        stamp = Stamp.SKIP;
      }
      if (stamp != null) {
        finish(current, currentLine, text, messages, problems);
        current = stamp == Stamp.SKIP ? null : stamp;
        currentLine = number;
        text.setLength(0);
        continue;
      }
      if (line.isEmpty()) {
        if (text.length() > 0) {
          text.append('\n');
        }
        continue;
      }
      if (current == null) {
        if (currentLine == 0) {
          problems.add(
              new Problem(
                  number, "text before the first time line (start each message with a time)"));
          currentLine = -1;
        }
        continue;
      }
      text.append(lines[i].stripTrailing()).append('\n');
    }
    finish(current, currentLine, text, messages, problems);
    return new Result(messages, problems);
  }

  private static void finish(
      @Nullable Stamp stamp,
      int line,
      StringBuilder text,
      List<NewThread.Message> messages,
      List<Problem> problems) {
    if (stamp == null) {
      return;
    }
    String body = text.toString().strip();
    if (body.isEmpty()) {
      problems.add(new Problem(line, "no message text after this time line"));
      return;
    }
    messages.add(new NewThread.Message(stamp.author, stamp.at, body, null));
  }

  private static final class Stamp {
    static final Stamp SKIP = new Stamp(Instant.EPOCH, Author.CUSTOMER);
    final Instant at;
    final Author author;

    Stamp(Instant at, Author author) {
      this.at = at;
      this.author = author;
    }
  }

  private static @Nullable Stamp stamp(String line, Instant now, ZoneId zone) {
    LocalDate today = now.atZone(zone).toLocalDate();
    Matcher m;
    if ((m = ISO.matcher(line)).matches()) {
      String[] d = m.group(1).split("-");
      LocalDate date =
          LocalDate.of(Integer.parseInt(d[0]), Integer.parseInt(d[1]), Integer.parseInt(d[2]));
      return at(date, m.group(2), m.group(3), zone);
    }
    if ((m = DMY.matcher(line)).matches()) {
      LocalDate date =
          LocalDate.of(
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(1)));
      return at(date, m.group(4), m.group(5), zone);
    }
    if ((m = DAY.matcher(line)).matches()) {
      DayOfWeek day = dayOf(m.group(1));
      return at(today.with(TemporalAdjusters.previousOrSame(day)), m.group(2), m.group(3), zone);
    }
    if ((m = RELATIVE.matcher(line)).matches()) {
      LocalDate date = m.group(1).equalsIgnoreCase("yesterday") ? today.minusDays(1) : today;
      return at(date, m.group(2), m.group(3), zone);
    }
    if ((m = TIME_ONLY.matcher(line)).matches()) {
      return at(today, m.group(1), m.group(2), zone);
    }
    if (DATE_LIKE.matcher(line).matches()) {
      throw new DateTimeParseException("not a date line", line, 0);
    }
    return null;
  }

  private static Stamp at(LocalDate date, String time, @Nullable String author, ZoneId zone) {
    String[] hm = time.split(":");
    LocalTime t = LocalTime.of(Integer.parseInt(hm[0]), Integer.parseInt(hm[1]));
    Instant at = ZonedDateTime.of(LocalDateTime.of(date, t), zone).toInstant();
    Author who = author == null ? Author.CUSTOMER : Author.valueOf(author.toUpperCase(Locale.ROOT));
    return new Stamp(at, who);
  }

  private static DayOfWeek dayOf(String prefix) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equalsIgnoreCase(prefix)) {
        return day;
      }
    }
    throw new DateTimeParseException("unknown weekday", prefix, 0);
  }
}
