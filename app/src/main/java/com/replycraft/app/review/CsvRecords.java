package com.replycraft.app.review;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a CSV file one RFC 4180 record at a time, keeping the line each record starts on, and
 * recovers from a malformed record instead of giving up on the rest of the file. Physical lines are
 * joined while a quoted field is open (an odd number of quotes so far); each record's text is then
 * parsed by Apache Commons CSV. A quoted field still open after {@link #MAX_RECORD_LINES} lines or
 * at the end of the file makes only its first line a rejected record: reading goes on from the line
 * after it.
 */
final class CsvRecords {

  static final int MAX_RECORD_LINES = 200;
  static final int MAX_RECORD_CHARS = 200_000;

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;

  /** One record: its fields, or why it could not be read. */
  record Raw(long line, @Nullable List<String> fields, @Nullable String error) {}

  private record Line(long number, String text) {}

  private final BufferedReader reader;
  private final Deque<Line> pushedBack = new ArrayDeque<>();
  private long lineNumber;

  CsvRecords(BufferedReader reader) {
    this.reader = reader;
  }

  /** The next record, or null at the end of the file; blank lines are skipped. */
  @Nullable Raw next() throws IOException {
    while (true) {
      Line first = readLine();
      if (first == null) {
        return null;
      }
      if (first.text().isBlank()) {
        continue;
      }
      StringBuilder text = new StringBuilder(first.text());
      List<Line> continuation = new ArrayList<>();
      int quotes = quotes(first.text());
      while (quotes % 2 != 0) {
        Line more =
            continuation.size() >= MAX_RECORD_LINES || text.length() > MAX_RECORD_CHARS
                ? null
                : readLine();
        if (more == null) {
          for (int i = continuation.size() - 1; i >= 0; i--) {
            pushedBack.push(continuation.get(i));
          }
          return new Raw(first.number(), null, "malformed row: a quoted field is never closed");
        }
        continuation.add(more);
        text.append('\n').append(more.text());
        quotes += quotes(more.text());
      }
      return parse(first.number(), text.toString());
    }
  }

  private static Raw parse(long line, String text) {
    try (CSVParser parser = CSVParser.parse(text, FORMAT)) {
      List<CSVRecord> records = parser.getRecords();
      if (records.size() != 1) {
        return new Raw(line, null, "malformed row");
      }
      return new Raw(line, records.get(0).toList(), null);
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      String message = String.valueOf(e.getMessage());
      return new Raw(
          line,
          null,
          message.contains("invalid char between encapsulated token and delimiter")
              ? "malformed row: text after a closing quote (a quote inside a field must be doubled)"
              : "malformed row: " + message);
    }
  }

  /** Physical lines read from the file so far. */
  long linesRead() {
    return lineNumber;
  }

  private @Nullable Line readLine() throws IOException {
    if (!pushedBack.isEmpty()) {
      return pushedBack.pop();
    }
    String text = reader.readLine();
    if (text == null) {
      return null;
    }
    lineNumber++;
    if (lineNumber == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = text.substring(1);
    }
    return new Line(lineNumber, text);
  }

  private static int quotes(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        n++;
      }
    }
    return n;
  }
}
