package com.replycraft.app.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.conversation.NewThread;
import com.replycraft.scoring.InvalidRequestException;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.json.ScoringJson;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Message;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Imports transcripts from help-desk exports, streaming: rows are read one at a time, stored in
 * batches (one transaction each) and audited by the scorer. Every row that cannot be stored is
 * reported with its line number and the reason; every valid row is kept. A conversation id that is
 * already stored is updated (its transcript replaced), never duplicated.
 *
 * <p>CSV: RFC 4180, one row per message, header {@link #CSV_HEADER} (matched by name; the columns
 * after {@code text} may be left out). JSONL: one SCORING.md request per line plus {@code
 * conversationId}, {@code agentId} and an optional {@code resolved} (true/false). A conversation
 * marked resolved is stored RESOLVED, one marked false or unmarked OPEN (see {@link
 * ConversationService#importBatch}).
 */
@Service
public class ImportService {

  /**
   * The CSV columns in their documented order; columns are matched by name, and all but the first
   * six ({@link #REQUIRED_COLUMNS}) may be left out.
   */
  public static final List<String> CSV_HEADER =
      List.of(
          "conversation_id",
          "channel",
          "author",
          "agent_id",
          "timestamp",
          "text",
          "customer_name",
          "customer_authenticated",
          "customer_value",
          "resolved");

  /** The columns every CSV must have. */
  public static final List<String> REQUIRED_COLUMNS = CSV_HEADER.subList(0, 6);

  static final int MAX_TEXT = 20_000;

  private final ConversationService conversations;
  private final AutoQa auditor;
  private final ScoringJson json;

  ImportService(ConversationService conversations, AutoQa auditor, ScoringJson json) {
    this.conversations = conversations;
    this.auditor = auditor;
    this.json = json;
  }

  /**
   * Imports a CSV export.
   *
   * @throws ImportFormatException when the header is not the expected one
   */
  public ImportReport importCsv(Reader input) {
    return importCsv(input, ImportProgress.NONE);
  }

  /**
   * Imports a CSV export, telling {@code progress} after every stored batch.
   *
   * @throws ImportFormatException when the header is not the expected one
   */
  public ImportReport importCsv(Reader input, ImportProgress progress) {
    ImportBatcher batch = new ImportBatcher(conversations, auditor, progress);
    try {
      BufferedReader reader = buffered(input);
      CsvRecords records = new CsvRecords(reader);
      CsvRecords.Raw header = records.next();
      CsvColumns columns = CsvColumns.of(header == null ? null : header.fields());
      for (CsvRecords.Raw raw = records.next(); raw != null; raw = records.next()) {
        batch.readUpTo(records.linesRead());
        if (raw.fields() == null) {
          batch.reject(raw.line(), String.valueOf(raw.error()));
        } else {
          csvRow(batch, raw.line(), raw.fields(), columns);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return batch.finish();
  }

  /**
   * Imports JSONL: one SCORING.md request a line, plus {@code conversationId} and {@code agentId}.
   */
  public ImportReport importJsonl(Reader input) {
    return importJsonl(input, ImportProgress.NONE);
  }

  /** Imports JSONL, telling {@code progress} after every stored batch. */
  public ImportReport importJsonl(Reader input, ImportProgress progress) {
    ImportBatcher batch = new ImportBatcher(conversations, auditor, progress);
    try {
      BufferedReader reader = buffered(input);
      long line = 0;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        line++;
        batch.readUpTo(line);
        if (line == 1 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
          text = text.substring(1);
        }
        if (text.isBlank()) {
          continue;
        }
        try {
          JsonLine parsed = jsonLine(text);
          batch.conversation(parsed.thread(), parsed.resolved());
        } catch (InvalidRequestException e) {
          batch.reject(line, String.valueOf(e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return batch.finish();
  }

  private static void csvRow(
      ImportBatcher batch, long line, List<String> fields, CsvColumns columns) {
    if (fields.size() != columns.size()) {
      batch.reject(
          line, "malformed row: expected " + columns.size() + " fields, found " + fields.size());
      return;
    }
    List<String> problems = new ArrayList<>();
    String conversationId = field(fields, columns, "conversation_id").strip();
    if (conversationId.isEmpty()) {
      problems.add("missing conversation_id");
    } else if (conversationId.length() > 120) {
      problems.add("conversation_id is longer than 120 characters");
    }
    Channel channel =
        enumValue(field(fields, columns, "channel"), "channel", Channel.class, problems);
    Author author = enumValue(field(fields, columns, "author"), "author", Author.class, problems);
    String agentId = blankToNull(field(fields, columns, "agent_id"));
    if (agentId != null && agentId.length() > 100) {
      problems.add("agent_id is longer than 100 characters");
    }
    Instant at = timestamp(field(fields, columns, "timestamp"), problems);
    String text = field(fields, columns, "text");
    if (text.isBlank()) {
      problems.add("empty text");
    } else if (text.length() > MAX_TEXT) {
      problems.add("text is longer than " + MAX_TEXT + " characters");
    }
    String name = blankToNull(field(fields, columns, "customer_name"));
    if (name != null && name.length() > 120) {
      problems.add("customer_name is longer than 120 characters");
    }
    Boolean authenticated =
        bool(field(fields, columns, "customer_authenticated"), "customer_authenticated", problems);
    Double value = money(field(fields, columns, "customer_value"), problems);
    Boolean resolved = bool(field(fields, columns, "resolved"), "resolved", problems);
    if (channel != null && !conversationId.isEmpty()) {
      Channel earlier = batch.channelOf(conversationId);
      if (earlier != null && earlier != channel) {
        problems.add(
            "channel "
                + channel
                + " differs from "
                + earlier
                + " on the conversation's earlier rows");
      }
    }
    if (!problems.isEmpty() || channel == null || author == null || at == null) {
      batch.reject(line, String.join("; ", problems));
      return;
    }
    batch.row(
        conversationId,
        channel,
        new Customer(name, authenticated, value, null),
        resolved,
        new NewThread.Message(author, at, text, author == Author.CUSTOMER ? null : agentId));
  }

  /** The column's field, or "" when the file has no such column. */
  private static String field(List<String> fields, CsvColumns columns, String column) {
    String value = columns.get(fields, column);
    return value == null ? "" : value;
  }

  private record JsonLine(NewThread thread, @Nullable Boolean resolved) {}

  private JsonLine jsonLine(String text) {
    JsonNode node;
    try {
      node = json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException("malformed JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new InvalidRequestException("the line must be one JSON object");
    }
    String conversationId = textField(node, "conversationId");
    if (conversationId == null) {
      throw new InvalidRequestException("conversationId: is missing");
    }
    if (conversationId.length() > 120) {
      throw new InvalidRequestException("conversationId: is longer than 120 characters");
    }
    String agentId = textField(node, "agentId");
    if (agentId != null && agentId.length() > 100) {
      throw new InvalidRequestException("agentId: is longer than 100 characters");
    }
    ScoreRequest request = json.readRequest(node);
    List<NewThread.Message> messages = new ArrayList<>();
    List<Message> thread = request.thread();
    for (int i = 0; i < thread.size(); i++) {
      Message m = thread.get(i);
      if (m.text().isBlank()) {
        throw new InvalidRequestException("thread[" + i + "].text: is empty");
      }
      if (m.text().length() > MAX_TEXT) {
        throw new InvalidRequestException(
            "thread[" + i + "].text: is longer than " + MAX_TEXT + " characters");
      }
      messages.add(
          new NewThread.Message(
              m.author(), m.at(), m.text(), m.author() == Author.CUSTOMER ? null : agentId));
    }
    if (request.draft() != null && !request.draft().isBlank()) {
      if (request.draftAt() == null) {
        throw new InvalidRequestException(
            "draftAt: is missing; an imported draft is stored as the last agent message at draftAt");
      }
      messages.add(
          new NewThread.Message(Author.AGENT, request.draftAt(), request.draft(), agentId));
    }
    if (messages.isEmpty()) {
      throw new InvalidRequestException("thread: is empty; an import needs the transcript");
    }
    Customer customer = request.customerOrUnknown();
    if (customer.name() != null && customer.name().length() > 120) {
      throw new InvalidRequestException("customer.name: is longer than 120 characters");
    }
    JsonNode resolved = node.get("resolved");
    if (resolved != null && !resolved.isNull() && !resolved.isBoolean()) {
      throw new InvalidRequestException("resolved: expected true or false");
    }
    return new JsonLine(
        new NewThread(conversationId, request.channelOrDefault(), null, customer, null, messages),
        resolved == null || resolved.isNull() ? null : resolved.booleanValue());
  }

  private static @Nullable String textField(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual() && !value.isNumber()) {
      throw new InvalidRequestException(field + ": expected a string");
    }
    String text = value.asText().strip();
    return text.isEmpty() ? null : text;
  }

  private static <E extends Enum<E>> @Nullable E enumValue(
      String raw, String column, Class<E> type, List<String> problems) {
    String value = raw.strip();
    if (value.isEmpty()) {
      problems.add("missing " + column);
      return null;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(
          "unknown "
              + column
              + " \""
              + value
              + "\" (expected one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(Enum::name)
                  .collect(Collectors.joining(", "))
              + ")");
      return null;
    }
  }

  private static @Nullable Instant timestamp(String raw, List<String> problems) {
    String value = raw.strip();
    if (value.isEmpty()) {
      problems.add("missing timestamp");
      return null;
    }
    String iso =
        value.length() > 10 && value.charAt(10) == ' ' ? value.replaceFirst(" ", "T") : value;
    try {
      return Instant.parse(iso);
    } catch (DateTimeParseException notAnInstant) {
      try {
        return OffsetDateTime.parse(iso).toInstant();
      } catch (DateTimeParseException e) {
        problems.add(
            "bad timestamp \""
                + value
                + "\" (expected ISO-8601 with a zone, e.g. 2026-11-17T08:55:00Z)");
        return null;
      }
    }
  }

  private static @Nullable Boolean bool(String raw, String column, List<String> problems) {
    String value = raw.strip().toLowerCase(Locale.ROOT);
    return switch (value) {
      case "" -> null;
      case "true", "yes", "1" -> true;
      case "false", "no", "0" -> false;
      default -> {
        problems.add(column + " must be true or false, not \"" + raw.strip() + "\"");
        yield null;
      }
    };
  }

  private static @Nullable Double money(String raw, List<String> problems) {
    String value = raw.strip();
    if (value.isEmpty()) {
      return null;
    }
    try {
      double number = Double.parseDouble(value);
      if (number < 0 || Double.isNaN(number) || Double.isInfinite(number)) {
        problems.add("customer_value must be a number of 0 or more, not \"" + value + "\"");
        return null;
      }
      return number;
    } catch (NumberFormatException e) {
      problems.add("customer_value must be a number, not \"" + value + "\"");
      return null;
    }
  }

  private static @Nullable String blankToNull(String value) {
    String stripped = value.strip();
    return stripped.isEmpty() ? null : stripped;
  }

  private static BufferedReader buffered(Reader input) {
    return input instanceof BufferedReader b ? b : new BufferedReader(input, 64 * 1024);
  }
}
