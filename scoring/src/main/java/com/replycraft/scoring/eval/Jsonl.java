package com.replycraft.scoring.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/** Streams JSON Lines files record by record, and reads id lists. */
final class Jsonl {

  private static final ObjectReader READER = new ObjectMapper().readerFor(JsonNode.class);

  private Jsonl() {}

  /** Hands every record of the file to the consumer, one at a time; returns how many. */
  static int forEach(Path file, Consumer<JsonNode> consumer) throws IOException {
    int count = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<JsonNode> records = READER.readValues(reader)) {
      while (records.hasNextValue()) {
        consumer.accept(records.nextValue());
        count++;
      }
    }
    return count;
  }

  /**
   * The ids of a split, one a line, kept exactly as written (ids may contain spaces); blank lines
   * are skipped.
   */
  static Set<String> ids(Path file) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isEmpty()) {
        ids.add(line);
      }
    }
    return ids;
  }

  static String text(JsonNode record, String field) {
    JsonNode value = record.get(field);
    return value == null || value.isNull() ? "" : value.asText();
  }

  static JsonNode labels(JsonNode record) {
    return record.path("labels");
  }
}
