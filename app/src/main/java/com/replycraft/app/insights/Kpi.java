package com.replycraft.app.insights;

import com.replycraft.scoring.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * The KPIs the Insights page shows, each with a label, a unit and its one-sentence explanation from
 * {@code insights/kpis.properties} (content, kept apart from code).
 */
public enum Kpi {
  CONVERSATIONS("conversations", "Conversations", ""),
  FIRST_RESPONSE_MEDIAN("first-response-median", "First response, median", "min"),
  FIRST_RESPONSE_P90("first-response-p90", "First response, 90th percentile", "min"),
  FIRST_RESPONSE_BUSINESS("first-response-business", "First response, business time", "min"),
  NEXT_RESPONSE_MEDIAN("next-response-median", "Next response, median", "min"),
  CYCLE_TIME_MEDIAN("cycle-time-median", "Case cycle time, median", "h"),
  RESOLUTION_RATE("resolution-rate", "Resolution rate", "%"),
  TARGET_ADHERENCE("target-adherence", "Response-target adherence", "%"),
  TARGET_ADHERENCE_BUSINESS("target-adherence-business", "Adherence, business time", "%"),
  SILENT_DROP_RATE("silent-drop-rate", "Silent-drop rate", "%");

  /** The group label of conversations no agent answered. */
  public static final String NO_AGENT = "(no agent reply)";

  private static final Properties EXPLANATIONS = load();

  private final String key;
  private final String label;
  private final String unit;

  Kpi(String key, String label, String unit) {
    this.key = key;
    this.label = label;
    this.unit = unit;
  }

  public String key() {
    return key;
  }

  public String label() {
    return label;
  }

  public String unit() {
    return unit;
  }

  public String explanation() {
    return EXPLANATIONS.getProperty(key, label);
  }

  /** "Delay acknowledgement" for DELAY_ACKNOWLEDGEMENT. */
  public static String dimensionLabel(Dimension dimension) {
    String words = dimension.name().replace('_', ' ').toLowerCase(Locale.ROOT);
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The value of this KPI in a row (percentages as 0..100), or null. */
  public @Nullable Double valueIn(Kpis k) {
    return switch (this) {
      case CONVERSATIONS -> (double) k.conversations();
      case FIRST_RESPONSE_MEDIAN -> k.firstResponseMedianMinutes();
      case FIRST_RESPONSE_P90 -> k.firstResponseP90Minutes();
      case FIRST_RESPONSE_BUSINESS -> k.firstResponseBusinessMedianMinutes();
      case NEXT_RESPONSE_MEDIAN -> k.nextResponseMedianMinutes();
      case CYCLE_TIME_MEDIAN -> k.cycleTimeMedianHours();
      case RESOLUTION_RATE -> percent(k.resolutionRate());
      case TARGET_ADHERENCE -> percent(k.targetAdherence());
      case TARGET_ADHERENCE_BUSINESS -> percent(k.targetAdherenceBusiness());
      case SILENT_DROP_RATE -> percent(k.silentDropRate());
    };
  }

  private static @Nullable Double percent(@Nullable Double share) {
    return share == null ? null : share * 100.0;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Kpi.class.getResourceAsStream("/insights/kpis.properties")) {
      if (in == null) {
        throw new IllegalStateException("insights/kpis.properties is missing");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
