package com.replycraft.training;

import java.util.List;
import java.util.Objects;

/**
 * A common wrong reply with the coaching note for it.
 *
 * @param codes the rubric criteria this mistake fails (finding codes, dimensions or elements, see
 *     {@link Criterion#key()}); an attempt failing any of them is shown this note
 */
public record Mistake(String reply, String feedback, List<String> codes) {

  public Mistake {
    Objects.requireNonNull(reply, "reply");
    Objects.requireNonNull(feedback, "feedback");
    codes = List.copyOf(codes);
  }
}
