package com.replycraft.training;

import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Span;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * USES_THREAD_DETAILS: the reply echoes a concrete detail the customer gave (an order or reference
 * number, an amount, a product or place name, a date): the opposite of a stock template. The
 * customer's own name does not count; USES_NAME covers it.
 */
final class UsesThreadDetailsDetector implements ElementDetector {

  @Override
  public Element element() {
    return Element.USES_THREAD_DETAILS;
  }

  @Override
  public Optional<Span> find(ElementContext context) {
    String name = context.customer().firstName();
    Set<String> given = new HashSet<>();
    for (AnalyzedText message : context.customerMessages()) {
      for (Span span : message.specifics()) {
        String detail = normalise(message.slice(span));
        if (detail.length() > 1) { // "1" or "5" alone is too common to show the thread was read
          given.add(detail);
        }
      }
    }
    if (name != null) {
      given.remove(normalise(name));
    }
    AnalyzedText reply = context.reply();
    for (Span span : reply.specifics()) {
      if (given.contains(normalise(reply.slice(span)))) {
        return Optional.of(span);
      }
    }
    return Optional.empty();
  }

  private static String normalise(String text) {
    return text.strip().toLowerCase(Locale.ROOT).replace("#", "").replace(" ", "");
  }
}
