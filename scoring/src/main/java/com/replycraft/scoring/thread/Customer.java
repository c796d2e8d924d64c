package com.replycraft.scoring.thread;

import org.jspecify.annotations.Nullable;

/** What the business knows about the customer; every field may be unknown. */
public record Customer(
    @Nullable String name,
    @Nullable Boolean authenticated,
    @Nullable Double value,
    @Nullable Boolean vip) {

  public static final Customer UNKNOWN = new Customer(null, null, null, null);

  public boolean isAuthenticated() {
    return Boolean.TRUE.equals(authenticated);
  }

  public boolean isVip() {
    return Boolean.TRUE.equals(vip);
  }

  /** The name to greet the customer by: the first word of the name, if known. */
  public @Nullable String firstName() {
    if (name == null || name.isBlank()) {
      return null;
    }
    String stripped = name.strip();
    int end = 0;
    while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) {
      end++;
    }
    return stripped.substring(0, end);
  }
}
