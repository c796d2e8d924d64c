package com.replycraft.scoring;

/** The five things a reply is judged on (SCORING.md). */
public enum Dimension {
  TONE,
  CLARITY,
  DELAY_ACKNOWLEDGEMENT,
  EMPATHY,
  CHANNEL_FIT
}
