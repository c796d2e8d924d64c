package com.replycraft.training;

/**
 * MOVES_TO_PRIVATE: invites the customer to a private channel (DM, private message) for account
 * details. Phrases: {@code training/elements/moves-to-private.txt}.
 */
final class MovesToPrivateDetector extends LexiconElementDetector {

  MovesToPrivateDetector() {
    super("moves-to-private");
  }

  @Override
  public Element element() {
    return Element.MOVES_TO_PRIVATE;
  }
}
