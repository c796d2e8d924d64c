package com.replycraft.scoring.check;

import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.ChannelProfile;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Policy;
import com.replycraft.scoring.thread.WaitInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The conversation as it stood at a moment: the messages before it, who the customer is, the
 * channel's rules and how long the customer has been waiting.
 *
 * @param messages the messages before {@code at}, in thread order, each analysed once
 * @param at the moment of the reply being judged
 */
public record ThreadView(
    Channel channel,
    Customer customer,
    Policy policy,
    List<AnalyzedMessage> messages,
    Instant at,
    WaitInfo waitInfo) {

  public ThreadView {
    messages = List.copyOf(messages);
  }

  public ChannelProfile profile() {
    return channel.profile();
  }

  public List<AnalyzedMessage> customerMessages() {
    return messages.stream().filter(AnalyzedMessage::fromCustomer).toList();
  }

  public @Nullable AnalyzedMessage lastCustomerMessage() {
    for (int i = messages.size() - 1; i >= 0; i--) {
      if (messages.get(i).fromCustomer()) {
        return messages.get(i);
      }
    }
    return null;
  }

  /** Customer messages written since the last agent reply: what this reply has to answer. */
  public List<AnalyzedMessage> unansweredCustomerMessages() {
    List<AnalyzedMessage> unanswered = new ArrayList<>();
    for (AnalyzedMessage message : messages) {
      if (message.author() == Author.AGENT) {
        unanswered.clear();
      } else if (message.fromCustomer()) {
        unanswered.add(message);
      }
    }
    return unanswered;
  }

  public boolean hasCustomerMessages() {
    return messages.stream().anyMatch(AnalyzedMessage::fromCustomer);
  }
}
