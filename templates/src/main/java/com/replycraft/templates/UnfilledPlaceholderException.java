package com.replycraft.templates;

import java.util.List;

/**
 * A template was asked to render without a value for one or more of its placeholders. Nothing is
 * emitted: a reply with {@code {{order_number}}} in it must never reach a customer.
 */
public final class UnfilledPlaceholderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String templateId;
  private final List<String> missing;

  UnfilledPlaceholderException(String templateId, List<String> missing) {
    super(
        "template \""
            + templateId
            + "\" has no value for "
            + String.join(", ", missing.stream().map(n -> "{{" + n + "}}").toList()));
    this.templateId = templateId;
    this.missing = List.copyOf(missing);
  }

  public String templateId() {
    return templateId;
  }

  /** The names of the unfilled placeholders, without braces, in order of first use. */
  public List<String> missing() {
    return missing;
  }
}
