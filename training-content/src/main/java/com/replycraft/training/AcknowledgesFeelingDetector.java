package com.replycraft.training;

/**
 * ACKNOWLEDGES_FEELING: names what the customer feels or what is at stake ("stressful", "I'm so
 * sorry for your loss"); "don't worry" does not count. Phrases: {@code
 * training/elements/acknowledges-feeling.txt}.
 */
final class AcknowledgesFeelingDetector extends LexiconElementDetector {

  AcknowledgesFeelingDetector() {
    super("acknowledges-feeling");
  }

  @Override
  public Element element() {
    return Element.ACKNOWLEDGES_FEELING;
  }
}
