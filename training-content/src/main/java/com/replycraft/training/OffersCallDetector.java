package com.replycraft.training;

/**
 * OFFERS_CALL: a call, callback or live chat, offered in so many words. Phrases: {@code
 * training/elements/offers-call.txt}.
 */
final class OffersCallDetector extends LexiconElementDetector {

  OffersCallDetector() {
    super("offers-call");
  }

  @Override
  public Element element() {
    return Element.OFFERS_CALL;
  }
}
