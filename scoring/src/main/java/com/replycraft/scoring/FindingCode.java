package com.replycraft.scoring;

/** Every finding code of the scoring contract. Stable: add, never rename. */
public enum FindingCode {
  DELAY_NOT_ACKNOWLEDGED(Dimension.DELAY_ACKNOWLEDGEMENT),
  DELAY_ACK_WEAK(Dimension.DELAY_ACKNOWLEDGEMENT),
  RESTARTED_CONVERSATION(Dimension.DELAY_ACKNOWLEDGEMENT),
  LIVE_CHAT_LANGUAGE(Dimension.CHANNEL_FIT),
  NO_RESPONSE_EXPECTATION(Dimension.CHANNEL_FIT),
  VAGUE_TIMEFRAME(Dimension.CLARITY),
  REDUNDANT_VERIFICATION(Dimension.CHANNEL_FIT),
  ASKED_FOR_KNOWN_INFO(Dimension.CHANNEL_FIT),
  RIGID_FORMAT(Dimension.CHANNEL_FIT),
  ESCALATION_NOT_OFFERED(Dimension.CHANNEL_FIT),
  DISCLOSURE_TOO_LATE(Dimension.CHANNEL_FIT),
  BLAME_LANGUAGE(Dimension.TONE),
  DISMISSIVE_LANGUAGE(Dimension.TONE),
  SHOUTING(Dimension.TONE),
  EMOJI_MISMATCH(Dimension.TONE),
  NEGATIVE_FRAMING(Dimension.TONE),
  HARD_TO_READ(Dimension.CLARITY),
  LONG_SENTENCE(Dimension.CLARITY),
  WALL_OF_TEXT(Dimension.CLARITY),
  UNANSWERED_QUESTION(Dimension.CLARITY),
  PLACEHOLDER_LEFT(Dimension.CLARITY),
  NO_NEXT_STEP(Dimension.CLARITY),
  NO_EMOTION_ACKNOWLEDGED(Dimension.EMPATHY),
  SCRIPTED_EMPATHY(Dimension.EMPATHY),
  TEMPLATED_REPLY(Dimension.EMPATHY),
  NOT_PERSONALISED(Dimension.EMPATHY),
  NO_OWNERSHIP(Dimension.EMPATHY),
  CURT_REQUEST(Dimension.TONE);

  private final Dimension dimension;

  FindingCode(Dimension dimension) {
    this.dimension = dimension;
  }

  public Dimension dimension() {
    return dimension;
  }
}
