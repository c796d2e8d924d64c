package com.replycraft.scoring.text;

/** What a token is, as far as the checks care. */
public enum TokenKind {
  WORD,
  NUMBER,
  PUNCTUATION,
  EMOJI,
  SYMBOL
}
