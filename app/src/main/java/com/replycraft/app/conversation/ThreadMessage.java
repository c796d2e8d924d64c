package com.replycraft.app.conversation;

import com.replycraft.scoring.Scores;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Message;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One turn of a thread, as views and endpoints read it. */
public record ThreadMessage(
    int position,
    Author author,
    @Nullable String agentId,
    Instant sentAt,
    String text,
    @Nullable Scores scores) {

  static ThreadMessage of(ConversationMessage m) {
    return new ThreadMessage(
        m.getPosition(), m.getAuthor(), m.getAgentId(), m.getSentAt(), m.getText(), m.scores());
  }

  public Message toMessage() {
    return new Message(author, sentAt, text);
  }
}
