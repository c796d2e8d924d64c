package com.replycraft.app.conversation;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

/**
 * A transcript from an import, keyed by its external id.
 *
 * @param append true when the same import already stored messages of this conversation (its rows
 *     were not contiguous): the new messages join them; false: a thread stored by an earlier import
 *     is replaced, never duplicated
 * @param resolved whether the export marks the conversation resolved; null when it does not say (a
 *     new conversation is then OPEN, a stored one keeps its status)
 */
public record ImportedThread(@Valid NewThread thread, boolean append, @Nullable Boolean resolved) {

  public ImportedThread {
    if (thread.externalId() == null || thread.externalId().isBlank()) {
      throw new IllegalArgumentException("an imported thread needs its external id");
    }
  }

  public String externalId() {
    return thread.externalId();
  }
}
