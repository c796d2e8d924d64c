package com.replycraft.training;

/**
 * TAKES_OWNERSHIP: owns the problem in the first person ("that's on us", "I'll make sure").
 * Phrases: {@code training/elements/takes-ownership.txt}.
 */
final class TakesOwnershipDetector extends LexiconElementDetector {

  TakesOwnershipDetector() {
    super("takes-ownership");
  }

  @Override
  public Element element() {
    return Element.TAKES_OWNERSHIP;
  }
}
