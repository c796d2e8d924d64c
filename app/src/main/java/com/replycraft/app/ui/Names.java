package com.replycraft.app.ui;

import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.thread.Channel;
import java.util.Locale;

/** The words every screen uses for channels and dimensions, and CSS class names for enum values. */
public final class Names {

  private Names() {}

  public static String channel(Channel channel) {
    return switch (channel) {
      case EMAIL -> "Email";
      case MESSAGING -> "Messaging";
      case SOCIAL_PUBLIC -> "Social (public)";
      case SOCIAL_PRIVATE -> "Social (private)";
      case TICKET -> "Ticket";
      case LIVE_CHAT -> "Live chat";
      case VOICE -> "Voice";
    };
  }

  public static String dimension(Dimension dimension) {
    return switch (dimension) {
      case TONE -> "Tone";
      case CLARITY -> "Clarity";
      case DELAY_ACKNOWLEDGEMENT -> "Delay";
      case EMPATHY -> "Empathy";
      case CHANNEL_FIT -> "Channel fit";
    };
  }

  /** e.g. {@code CHANNEL_FIT} → {@code channel-fit}. */
  public static String cssName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
