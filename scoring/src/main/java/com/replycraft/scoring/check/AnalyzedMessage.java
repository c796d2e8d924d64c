package com.replycraft.scoring.check;

import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Message;
import java.time.Instant;

/** A thread message with its text analysed once. {@code index} is its place in the thread. */
public record AnalyzedMessage(int index, Message message, AnalyzedText text) {

  public Author author() {
    return message.author();
  }

  public Instant at() {
    return message.at();
  }

  public boolean fromCustomer() {
    return message.author() == Author.CUSTOMER;
  }
}
