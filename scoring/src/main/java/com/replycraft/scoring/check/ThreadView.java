package com.replycraft.scoring.check;

import com.replycraft.scoring.text.Memo;
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
 * @param memo results derived from this view and remembered for its life (the customer's mood, what
 *     the customer told us), so that checks asking the same question pay once; never part of
 *     equality
 */
public record ThreadView(
    Channel channel,
    Customer customer,
    Policy policy,
    List<AnalyzedMessage> messages,
    Instant at,
    WaitInfo waitInfo,
    Memo memo) {

  public ThreadView {
    messages = List.copyOf(messages);
  }

  public ThreadView(
      Channel channel,
      Customer customer,
      Policy policy,
      List<AnalyzedMessage> messages,
      Instant at,
      WaitInfo waitInfo) {
    this(channel, customer, policy, messages, at, waitInfo, new Memo());
  }

  public ChannelProfile profile() {
    return channel.profile();
  }

  public List<AnalyzedMessage> customerMessages() {
    return memo.get(CUSTOMER_MESSAGES, this::collectCustomerMessages);
  }

  private List<AnalyzedMessage> collectCustomerMessages() {
    List<AnalyzedMessage> customer = new ArrayList<>(messages.size());
    for (AnalyzedMessage message : messages) {
      if (message.fromCustomer()) {
        customer.add(message);
      }
    }
    return List.copyOf(customer);
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
    return !customerMessages().isEmpty();
  }

  private static final Object CUSTOMER_MESSAGES = new Object();
}
