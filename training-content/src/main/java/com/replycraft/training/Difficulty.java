package com.replycraft.training;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How hard an exercise is; files may write the level (1–3) or the name. */
public enum Difficulty {
  BEGINNER(1),
  INTERMEDIATE(2),
  ADVANCED(3);

  private final int level;

  Difficulty(int level) {
    this.level = level;
  }

  public int level() {
    return level;
  }

  /** "1", "2", "3" or a name in any case; null when it is neither. */
  public static @Nullable Difficulty parse(String text) {
    String value = text.strip().toUpperCase(Locale.ROOT);
    for (Difficulty difficulty : values()) {
      if (difficulty.name().equals(value) || String.valueOf(difficulty.level).equals(value)) {
        return difficulty;
      }
    }
    return null;
  }
}
