package com.replycraft.training;

import com.replycraft.scoring.text.Span;
import com.replycraft.scoring.text.Token;
import java.util.Locale;
import java.util.Optional;

/** USES_NAME: the customer's first name appears as a word of the reply (outside quotes). */
final class UsesNameDetector implements ElementDetector {

  @Override
  public Element element() {
    return Element.USES_NAME;
  }

  @Override
  public Optional<Span> find(ElementContext context) {
    String name = context.customer().firstName();
    if (name == null) {
      return Optional.empty();
    }
    String wanted = name.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (Token token : context.reply().tokens()) {
      if (token.isWord() && !token.quoted() && token.lower().equals(wanted)) {
        return Optional.of(new Span(token.start(), token.end()));
      }
    }
    return Optional.empty();
  }
}
