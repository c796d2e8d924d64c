package com.replycraft.scoring.thread;

import java.time.Instant;
import java.util.Objects;

/** One turn of a conversation. */
public record Message(Author author, Instant at, String text) {
  public Message {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(text, "text");
  }
}
