package com.replycraft.scoring.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.replycraft.scoring.InvalidRequestException;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads requests and writes responses in the exact JSON of the scoring contract. Every failure
 * becomes an {@link ScoringError} naming what is wrong and where, never an exception.
 */
public final class ScoringJson {

  private static final Pattern ID_IN_BROKEN_JSON =
      Pattern.compile("^\\s*\\{\\s*\"id\"\\s*:\\s*\"([^\"\\\\]{0,200})\"");

  private final ObjectMapper mapper;
  private final ObjectWriter pretty;

  public ScoringJson() {
    this.mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // Add never rename: a newer client's extra fields must not break an older scorer.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    this.pretty = mapper.writerWithDefaultPrettyPrinter();
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Parses and validates one JSON request.
   *
   * @throws InvalidRequestException naming the field and the problem, for malformed JSON too
   */
  public ScoreRequest readRequest(String json) {
    return RequestReader.read(tree(json));
  }

  /** Validates a request already parsed into a tree (for example by a web framework). */
  public ScoreRequest readRequest(JsonNode json) {
    return RequestReader.read(json);
  }

  /** Parses, validates and scores one JSON request; the answer is a response or an error. */
  public Object scoreLine(Scorer scorer, String json) {
    return scoreLine(scorer, json, "");
  }

  /**
   * Like {@link #scoreLine(Scorer, String)}, with {@code prefix} (for example "line 7: ") put
   * before any error message, so a batch user can find the line at fault.
   */
  public Object scoreLine(Scorer scorer, String json, String prefix) {
    String id = null;
    try {
      JsonNode node;
      try {
        node = tree(json);
      } catch (InvalidRequestException malformed) {
        id = salvageId(json);
        throw malformed;
      }
      id = RequestReader.idOf(node);
      return scorer.score(RequestReader.read(node));
    } catch (InvalidRequestException e) {
      return ScoringError.invalidRequest(id, prefix + e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return ScoringError.invalidRequest(
          id, prefix + "cannot score this request (" + e.getClass().getSimpleName() + ")");
    }
  }

  /** The id of a line that is not valid JSON, when it can still be read, to echo it back. */
  private static @Nullable String salvageId(String json) {
    Matcher m = ID_IN_BROKEN_JSON.matcher(json);
    return m.find() ? m.group(1) : null;
  }

  private JsonNode tree(String json) {
    if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
      json = json.substring(1); // a byte-order mark left by an editor on the first line
    }
    try {
      JsonNode node = mapper.readTree(json);
      if (node == null || node.isMissingNode()) {
        throw new InvalidRequestException("malformed JSON: the input is empty");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException(describe(e));
    }
  }

  /** One value as pretty-printed JSON, for people. */
  public String writePretty(Object value) {
    try {
      return pretty.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  public ScoreResult readResult(String json) throws JsonProcessingException {
    return mapper.readValue(json, ScoreResult.class);
  }

  static String describe(JsonProcessingException e) {
    String where = e instanceof JsonMappingException m ? path(m) : null;
    if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
      if (f.getTargetType().isEnum()) {
        String allowed =
            Arrays.stream(f.getTargetType().getEnumConstants())
                .map(Object::toString)
                .collect(Collectors.joining(", "));
        return where + ": unknown value " + quote(f.getValue()) + "; expected one of " + allowed;
      }
      return where
          + ": cannot read "
          + quote(f.getValue())
          + " as "
          + f.getTargetType().getSimpleName();
    }
    String reason = firstLine(e.getOriginalMessage());
    if (e.getLocation() != null && (where == null || where.isEmpty())) {
      reason += " (at column " + e.getLocation().getColumnNr() + ")";
    }
    return where == null || where.isEmpty() ? "malformed JSON: " + reason : where + ": " + reason;
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  private static @Nullable String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String quote(@Nullable Object value) {
    return value == null ? "null" : "\"" + value + "\"";
  }
}
