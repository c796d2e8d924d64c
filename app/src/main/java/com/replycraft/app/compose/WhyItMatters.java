package com.replycraft.app.compose;

import com.replycraft.scoring.FindingCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * "Why it matters" for every finding code: a short paragraph in our own words, grounded in the
 * domain guide, so the composer teaches while it corrects. Data, not code: {@code
 * compose/why-it-matters.properties}.
 */
public final class WhyItMatters {

  static final String FILE = "compose/why-it-matters.properties";
  private static final Map<FindingCode, String> TEXTS = load();

  private WhyItMatters() {}

  public static Optional<String> of(FindingCode code) {
    return Optional.ofNullable(TEXTS.get(code));
  }

  private static Map<FindingCode, String> load() {
    Properties properties = new Properties();
    try (InputStream in = WhyItMatters.class.getClassLoader().getResourceAsStream(FILE)) {
      if (in == null) {
        throw new IllegalStateException(FILE + " is missing");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<FindingCode, String> texts = new EnumMap<>(FindingCode.class);
    for (FindingCode code : FindingCode.values()) {
      String text = properties.getProperty(code.name());
      if (text != null && !text.isBlank()) {
        texts.put(code, text.strip());
      }
    }
    return texts;
  }
}
