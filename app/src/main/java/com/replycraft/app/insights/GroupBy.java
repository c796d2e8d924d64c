package com.replycraft.app.insights;

import java.util.Locale;
import java.util.Optional;

/** What KPI rows are grouped by. */
public enum GroupBy {
  CHANNEL("Channel"),
  TEAM("Team"),
  AGENT("Agent");

  private final String label;

  GroupBy(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** From a request parameter ("channel", "team", "agent"), any case. */
  public static Optional<GroupBy> parse(String value) {
    for (GroupBy g : values()) {
      if (g.name().equalsIgnoreCase(value.strip())) {
        return Optional.of(g);
      }
    }
    return Optional.empty();
  }

  public String parameter() {
    return name().toLowerCase(Locale.ROOT);
  }
}
