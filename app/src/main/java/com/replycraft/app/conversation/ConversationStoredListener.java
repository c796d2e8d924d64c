package com.replycraft.app.conversation;

import org.jspecify.annotations.Nullable;

/**
 * Told about a conversation each time {@link ConversationService} stores it (created, retimed,
 * replied to, imported and audited), inside the same transaction, so read models derived from it
 * (the insights facts) never drift from the transcript. Keep implementations quick: imports call
 * this once per conversation.
 */
public interface ConversationStoredListener {

  void stored(ThreadSnapshot thread, @Nullable AutoQaSummary autoQa);
}
