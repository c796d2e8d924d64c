package com.replycraft.app.conversation;

import com.replycraft.scoring.Scores;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Message;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One turn of a thread, as views and endpoints read it.
 *
 * @param findingsJson the findings of an audited or scored AGENT/BOT turn, SCORING.md JSON, or null
 */
public record ThreadMessage(
    int position,
    Author author,
    @Nullable String agentId,
    Instant sentAt,
    String text,
    @Nullable Scores scores,
    @Nullable String findingsJson) {

  /** A turn whose findings are not needed (or not known), e.g. for timing facts. */
  public ThreadMessage(
      int position,
      Author author,
      @Nullable String agentId,
      Instant sentAt,
      String text,
      @Nullable Scores scores) {
    this(position, author, agentId, sentAt, text, scores, null);
  }

  static ThreadMessage of(ConversationMessage m) {
    return new ThreadMessage(
        m.getPosition(),
        m.getAuthor(),
        m.getAgentId(),
        m.getSentAt(),
        m.getText(),
        m.scores(),
        m.getFindingsJson());
  }

  public Message toMessage() {
    return new Message(author, sentAt, text);
  }
}
