package com.replycraft.training;

/**
 * NAMES_NEXT_STEP: a commitment to act ("I'll", "I've booked", "you'll receive"), not "let us
 * know". Phrases: {@code training/elements/names-next-step.txt}.
 */
final class NamesNextStepDetector extends LexiconElementDetector {

  NamesNextStepDetector() {
    super("names-next-step");
  }

  @Override
  public Element element() {
    return Element.NAMES_NEXT_STEP;
  }
}
