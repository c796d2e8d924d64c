package com.replycraft.app.conversation;

import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.WaitInfo;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the inbox.
 *
 * @param waitInfo how long the customer has waited by now for an answer to their oldest unanswered
 *     message (zero when the last word is ours), against the channel's response target
 */
public record ConversationSummary(
    long id,
    Channel channel,
    @Nullable String subject,
    String customer,
    @Nullable String industry,
    ConversationStatus status,
    Instant lastMessageAt,
    @Nullable Author lastAuthor,
    int messageCount,
    WaitInfo waitInfo) {}
