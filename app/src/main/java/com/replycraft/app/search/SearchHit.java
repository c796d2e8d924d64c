package com.replycraft.app.search;

import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One match: where it is, who wrote it, and the highlighted fragments.
 *
 * @param kind what was found: a message, or the comments of a QA review
 * @param id the id of the message, or of the review
 * @param conversationId the thread's database id
 * @param conversationRef the id the help desk gave the thread
 * @param position the message's place in its thread (0 = first), or -1 for other kinds
 * @param worstSeverity the most severe auto-QA finding on the message, if any
 * @param highlights fragments with the matched words marked (the opening of the text when only
 *     filters matched)
 * @param link the app route that opens it, e.g. {@code review/42}
 */
public record SearchHit(
    Kind kind,
    long id,
    long conversationId,
    @Nullable String conversationRef,
    @Nullable Channel channel,
    @Nullable Author author,
    @Nullable String agentId,
    Instant at,
    int position,
    @Nullable Severity worstSeverity,
    List<Highlight> highlights,
    String link) {

  /** What a hit is. */
  public enum Kind {
    MESSAGE,
    REVIEW_COMMENT
  }

  public SearchHit {
    highlights = List.copyOf(highlights);
  }
}
