package com.replycraft.app.training;

import com.replycraft.training.Difficulty;
import com.replycraft.training.Skill;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Words the training screens show for enums and times. */
final class TrainingLabels {

  static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private TrainingLabels() {}

  static String skill(Skill skill) {
    return switch (skill) {
      case TONE -> "Tone";
      case CLARITY -> "Clarity";
      case DELAY_ACKNOWLEDGEMENT -> "Acknowledging waits";
      case EMPATHY -> "Empathy";
      case CHANNEL_FIT -> "Channel fit";
      case ESCALATION -> "Moving to a call";
    };
  }

  static String difficulty(Difficulty difficulty) {
    String name = difficulty.name().toLowerCase(Locale.ROOT);
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  static String percent(double rate) {
    return Math.round(rate * 100) + " %";
  }
}
