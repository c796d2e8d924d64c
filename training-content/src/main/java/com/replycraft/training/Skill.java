package com.replycraft.training;

/** What an exercise practises: the five scoring dimensions, plus moving a thread to a call. */
public enum Skill {
  TONE,
  CLARITY,
  DELAY_ACKNOWLEDGEMENT,
  EMPATHY,
  CHANNEL_FIT,
  ESCALATION
}
