package com.replycraft.training;

/**
 * APOLOGISES: a real apology; "sorry you feel that way" and "sorry to hear" are not apologies.
 * Phrases: {@code training/elements/apologises.txt}.
 */
final class ApologisesDetector extends LexiconElementDetector {

  ApologisesDetector() {
    super("apologises");
  }

  @Override
  public Element element() {
    return Element.APOLOGISES;
  }
}
