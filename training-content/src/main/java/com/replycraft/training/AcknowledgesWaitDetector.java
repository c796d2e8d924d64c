package com.replycraft.training;

/**
 * ACKNOWLEDGES_WAIT: names the wait for a reply ("kept you waiting", "three days to reply");
 * thanking for patience does not count. Phrases: {@code training/elements/acknowledges-wait.txt}.
 */
final class AcknowledgesWaitDetector extends LexiconElementDetector {

  AcknowledgesWaitDetector() {
    super("acknowledges-wait");
  }

  @Override
  public Element element() {
    return Element.ACKNOWLEDGES_WAIT;
  }
}
