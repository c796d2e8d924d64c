package com.replycraft.app.llm;

import com.replycraft.scoring.ScoreResult;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A reply text for the agent to review (never sent automatically), scored by the rules.
 *
 * @param source where the text came from
 * @param notice why the LLM was not used, when it was not
 */
public record AssistedReply(
    String text, Source source, ScoreResult result, @Nullable String notice) {

  /** Where a reply text came from. */
  public enum Source {
    /** Written by the LLM, then re-scored by the rules. */
    LLM,
    /** The best template, filled from the thread. */
    TEMPLATE,
    /** The agent's own draft, unchanged. */
    DRAFT;

    public String json() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
