package com.replycraft.scoring.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.replycraft.scoring.InvalidRequestException;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Message;
import com.replycraft.scoring.thread.Policy;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns a request's JSON tree into a {@link ScoreRequest}, field by field, so that every problem is
 * reported as "{@code field: what is wrong}" (for example {@code thread[2].at: "2026-13-45T09:00Z"
 * is not a valid timestamp}). Lenient where the contract allows: unknown fields are ignored (the
 * contract only ever adds fields), enum values are matched case-insensitively, a JSON null is the
 * same as an absent field, and the {@code id} may be a string or a number.
 */
final class RequestReader {

  private RequestReader() {}

  static ScoreRequest read(JsonNode root) {
    if (root == null || !root.isObject()) {
      throw new InvalidRequestException("the request must be one JSON object");
    }
    String id = id(root);
    Channel channel = enumValue(root, "channel", "channel", Channel.class);
    String draft = text(root, "draft", "draft");
    Instant draftAt = instant(root.get("draftAt"), "draftAt");
    List<Message> thread = thread(root.get("thread"));
    Customer customer = customer(root.get("customer"));
    Policy policy = policy(root.get("policy"));
    if (draft == null && thread.isEmpty()) {
      throw new InvalidRequestException(
          "the request needs a \"draft\" to score or a non-empty \"thread\" to audit");
    }
    if (draft != null && draft.isBlank() && thread.isEmpty()) {
      throw new InvalidRequestException("draft: is blank and there is no thread to audit");
    }
    return new ScoreRequest(id, channel, draft, draftAt, thread, customer, policy);
  }

  /** The request's id as text, or null; never fails, so that errors can echo it. */
  static @Nullable String idOf(@Nullable JsonNode root) {
    if (root == null || !root.isObject()) {
      return null;
    }
    JsonNode id = root.get("id");
    return id != null && (id.isTextual() || id.isNumber()) ? id.asText() : null;
  }

  private static @Nullable String id(JsonNode root) {
    JsonNode id = root.get("id");
    if (absent(id)) {
      return null;
    }
    if (!id.isTextual() && !id.isNumber()) {
      throw new InvalidRequestException("id: expected a string, got " + kind(id));
    }
    return id.asText();
  }

  private static List<Message> thread(@Nullable JsonNode node) {
    if (absent(node)) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new InvalidRequestException("thread: expected an array of messages, got " + kind(node));
    }
    List<Message> messages = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      String where = "thread[" + i + "]";
      JsonNode message = node.get(i);
      if (message == null || !message.isObject()) {
        throw new InvalidRequestException(
            where + ": expected a message object, got " + kind(message));
      }
      Author author = enumValue(message, "author", where + ".author", Author.class);
      if (author == null) {
        throw new InvalidRequestException(
            where + ".author: is missing; expected one of " + allowed(Author.class));
      }
      Instant at = instant(message.get("at"), where + ".at");
      if (at == null) {
        throw new InvalidRequestException(
            where + ".at: is missing; expected an ISO-8601 timestamp");
      }
      String text = text(message, "text", where + ".text");
      if (text == null) {
        throw new InvalidRequestException(where + ".text: is missing");
      }
      messages.add(new Message(author, at, text));
    }
    return messages;
  }

  private static @Nullable Customer customer(@Nullable JsonNode node) {
    if (absent(node)) {
      return null;
    }
    if (!node.isObject()) {
      throw new InvalidRequestException("customer: expected an object, got " + kind(node));
    }
    Double value = number(node, "value", "customer.value");
    if (value != null && value < 0) {
      throw new InvalidRequestException("customer.value: must not be negative, got " + value);
    }
    return new Customer(
        text(node, "name", "customer.name"),
        bool(node, "authenticated", "customer.authenticated"),
        value,
        bool(node, "vip", "customer.vip"));
  }

  private static @Nullable Policy policy(@Nullable JsonNode node) {
    if (absent(node)) {
      return null;
    }
    if (!node.isObject()) {
      throw new InvalidRequestException("policy: expected an object, got " + kind(node));
    }
    Duration target = duration(node.get("responseTarget"), "policy.responseTarget");
    if (target != null && target.isNegative()) {
      throw new InvalidRequestException(
          "policy.responseTarget: must not be negative, got \"" + target + "\"");
    }
    Double threshold = number(node, "highValueThreshold", "policy.highValueThreshold");
    if (threshold != null && threshold < 0) {
      throw new InvalidRequestException(
          "policy.highValueThreshold: must not be negative, got " + threshold);
    }
    Duration longAfter = duration(node.get("longThreadAfter"), "policy.longThreadAfter");
    if (longAfter != null && (longAfter.isNegative() || longAfter.isZero())) {
      throw new InvalidRequestException(
          "policy.longThreadAfter: must be positive, got \"" + longAfter + "\"");
    }
    Double exchanges = number(node, "longThreadExchanges", "policy.longThreadExchanges");
    if (exchanges != null && (exchanges < 1 || exchanges != Math.rint(exchanges))) {
      throw new InvalidRequestException(
          "policy.longThreadExchanges: expected a whole number of at least 1, got " + exchanges);
    }
    return new Policy(
        target, threshold, longAfter, exchanges == null ? null : exchanges.intValue());
  }

  private static @Nullable String text(JsonNode parent, String field, String where) {
    JsonNode node = parent.get(field);
    if (absent(node)) {
      return null;
    }
    if (!node.isTextual()) {
      throw new InvalidRequestException(where + ": expected a string, got " + kind(node));
    }
    return node.textValue();
  }

  private static @Nullable Double number(JsonNode parent, String field, String where) {
    JsonNode node = parent.get(field);
    if (absent(node)) {
      return null;
    }
    if (!node.isNumber()) {
      throw new InvalidRequestException(where + ": expected a number, got " + kind(node));
    }
    double value = node.doubleValue();
    if (!Double.isFinite(value)) {
      throw new InvalidRequestException(where + ": expected a finite number");
    }
    return value;
  }

  private static @Nullable Boolean bool(JsonNode parent, String field, String where) {
    JsonNode node = parent.get(field);
    if (absent(node)) {
      return null;
    }
    if (!node.isBoolean()) {
      throw new InvalidRequestException(where + ": expected true or false, got " + kind(node));
    }
    return node.booleanValue();
  }

  private static <E extends Enum<E>> @Nullable E enumValue(
      JsonNode parent, String field, String where, Class<E> type) {
    String value = text(parent, field, where);
    if (value == null) {
      return null;
    }
    String constant = value.strip().toUpperCase(Locale.ROOT);
    for (E candidate : type.getEnumConstants()) {
      if (candidate.name().equals(constant)) {
        return candidate;
      }
    }
    throw new InvalidRequestException(
        where + ": unknown value \"" + value + "\"; expected one of " + allowed(type));
  }

  private static @Nullable Instant instant(@Nullable JsonNode node, String where) {
    if (absent(node)) {
      return null;
    }
    if (!node.isTextual()) {
      throw new InvalidRequestException(
          where + ": expected an ISO-8601 timestamp string, got " + kind(node));
    }
    String value = node.textValue().strip();
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException offsetFailure) {
      try {
        return Instant.parse(value);
      } catch (DateTimeParseException e) {
        throw new InvalidRequestException(
            where
                + ": \""
                + value
                + "\" is not a valid ISO-8601 timestamp with a zone"
                + reason(offsetFailure)
                + " (e.g. 2026-11-20T09:00:00Z or 2026-11-20T19:00:00+10:00)");
      }
    }
  }

  private static @Nullable Duration duration(@Nullable JsonNode node, String where) {
    if (absent(node)) {
      return null;
    }
    if (!node.isTextual()) {
      throw new InvalidRequestException(
          where + ": expected an ISO-8601 duration string such as \"PT4H\", got " + kind(node));
    }
    try {
      return Duration.parse(node.textValue().strip());
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(
          where
              + ": \""
              + node.textValue()
              + "\" is not an ISO-8601 duration (e.g. \"PT4H\", \"PT30M\", \"P1D\")");
    }
  }

  /** The parser's own complaint about a well-formed but impossible date ("month 13"). */
  private static String reason(DateTimeParseException e) {
    String message = e.getMessage();
    int colon = message == null ? -1 : message.indexOf("could not be parsed: ");
    if (colon < 0) {
      return "";
    }
    String why = message.substring(colon + "could not be parsed: ".length());
    return why.startsWith("Text") || why.startsWith("Unable") ? "" : " (" + why + ")";
  }

  private static boolean absent(@Nullable JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode();
  }

  private static String kind(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return "null";
    }
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case BOOLEAN -> node.asText();
      case NUMBER -> "the number " + node.asText();
      case STRING -> "the string \"" + node.asText() + "\"";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  private static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
  }
}
