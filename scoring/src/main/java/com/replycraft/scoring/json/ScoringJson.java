package com.replycraft.scoring.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.replycraft.scoring.InvalidRequestException;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads requests and writes responses in the exact JSON of the scoring contract. Every failure
 * becomes an {@link ScoringError} naming what is wrong and where, never an exception.
 */
public final class ScoringJson {

  private final ObjectMapper mapper;

  public ScoringJson() {
    this.mapper =
        new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
  }

  public ObjectMapper mapper() {
    return mapper;
  }

  /** Parses, validates and scores one JSON request; the answer is a response or an error. */
  public Object scoreLine(Scorer scorer, String json) {
    String id = null;
    try {
      JsonNode node = mapper.readTree(json);
      if (node == null || !node.isObject()) {
        return ScoringError.invalidRequest(null, "each line must be one JSON object");
      }
      id = node.hasNonNull("id") ? node.get("id").asText() : null;
      ScoreRequest request = mapper.treeToValue(node, ScoreRequest.class);
      return scorer.score(request);
    } catch (InvalidRequestException e) {
      return ScoringError.invalidRequest(id, e.getMessage());
    } catch (JsonProcessingException e) {
      return ScoringError.invalidRequest(id, describe(e));
    } catch (RuntimeException e) {
      return ScoringError.invalidRequest(id, "cannot score this request: " + e.getMessage());
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
    String reason = e.getOriginalMessage();
    return where == null || where.isEmpty() ? "malformed JSON: " + reason : where + ": " + reason;
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
