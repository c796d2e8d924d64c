package com.replycraft.training;

import com.replycraft.scoring.text.Span;
import java.util.Optional;

/**
 * Finds one required {@link Element} in a reply. Implementations are small, stateless and
 * thread-safe; phrase lists live in {@code training/elements/} as data.
 */
interface ElementDetector {

  Element element();

  /** Where the element occurs in the reply, or empty when it does not. */
  Optional<Span> find(ElementContext context);
}
