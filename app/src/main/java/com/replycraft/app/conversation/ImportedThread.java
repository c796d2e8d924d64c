package com.replycraft.app.conversation;

import jakarta.validation.Valid;

/**
 * A transcript from an import, keyed by its external id.
 *
 * @param append true when the same import already stored messages of this conversation (its rows
 *     were not contiguous): the new messages join them; false: a thread stored by an earlier import
 *     is replaced, never duplicated
 */
public record ImportedThread(@Valid NewThread thread, boolean append) {

  public ImportedThread {
    if (thread.externalId() == null || thread.externalId().isBlank()) {
      throw new IllegalArgumentException("an imported thread needs its external id");
    }
  }

  public String externalId() {
    return thread.externalId();
  }
}
