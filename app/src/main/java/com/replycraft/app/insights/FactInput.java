package com.replycraft.app.insights;

import com.replycraft.app.conversation.ConversationStatus;
import com.replycraft.app.conversation.ThreadMessage;
import com.replycraft.scoring.escalation.Recommendation;
import com.replycraft.scoring.thread.Channel;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A stored conversation as the fact calculator reads it (from the hook or from the tables). */
record FactInput(
    long conversationId,
    Channel channel,
    ConversationStatus status,
    List<ThreadMessage> messages,
    @Nullable Recommendation escalation,
    List<String> findingCodes) {

  FactInput {
    messages = List.copyOf(messages);
    findingCodes = List.copyOf(findingCodes);
  }
}
