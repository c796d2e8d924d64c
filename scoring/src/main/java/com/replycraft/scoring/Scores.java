package com.replycraft.scoring;

import org.jspecify.annotations.Nullable;

/**
 * Dimension scores, 0..100 (100 = nothing wrong). {@code delayAcknowledgement} is null when no
 * acknowledgement of a wait is owed.
 */
public record Scores(
    int tone,
    int clarity,
    @Nullable Integer delayAcknowledgement,
    int empathy,
    int channelFit,
    int overall) {

  public @Nullable Integer of(Dimension dimension) {
    return switch (dimension) {
      case TONE -> tone;
      case CLARITY -> clarity;
      case DELAY_ACKNOWLEDGEMENT -> delayAcknowledgement;
      case EMPATHY -> empathy;
      case CHANNEL_FIT -> channelFit;
    };
  }
}
