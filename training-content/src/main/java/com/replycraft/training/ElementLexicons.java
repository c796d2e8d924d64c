package com.replycraft.training;

import com.replycraft.scoring.lexicon.Lexicon;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Phrase lists for the element detectors, read once from {@code training/elements/<name>.txt} in
 * the scoring lexicon format (one phrase a line, {@code #} comments, {@code *} for any one word).
 * Kept apart from the scorer's {@code lexicon/} folder so the two never shadow each other.
 */
final class ElementLexicons {

  private static final Map<String, Lexicon> CACHE = new ConcurrentHashMap<>();

  private ElementLexicons() {}

  static Lexicon named(String name) {
    return CACHE.computeIfAbsent(name, n -> Lexicon.of(n, lines(n + ".txt")));
  }

  static List<String> lines(String file) {
    String resource = "training/elements/" + file;
    try (InputStream in = ElementLexicons.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("element phrase list not on the classpath: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
