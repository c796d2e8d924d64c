package com.replycraft.app.conversation;

import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Message;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A whole thread at one moment, detached from the database. */
public record ThreadSnapshot(
    long id,
    @Nullable String externalId,
    Channel channel,
    @Nullable String subject,
    Customer customer,
    @Nullable String industry,
    ConversationStatus status,
    long version,
    List<ThreadMessage> messages) {

  public ThreadSnapshot {
    messages = List.copyOf(messages);
  }

  static ThreadSnapshot of(Conversation c) {
    return new ThreadSnapshot(
        c.getId() == null ? 0 : c.getId(),
        c.getExternalId(),
        c.getChannel(),
        c.getSubject(),
        c.customer(),
        c.getIndustry(),
        c.getStatus(),
        c.getVersion(),
        c.getMessages().stream().map(ThreadMessage::of).toList());
  }

  /** The thread as the scorer reads it. */
  public List<Message> thread() {
    return messages.stream().map(ThreadMessage::toMessage).toList();
  }

  /** The customer's messages since the last agent reply (oldest first): what a reply answers. */
  public List<String> latestCustomerMessages() {
    List<String> latest = new ArrayList<>();
    for (ThreadMessage m : messages) {
      if (m.author() == Author.AGENT) {
        latest.clear();
      } else if (m.author() == Author.CUSTOMER) {
        latest.add(m.text());
      }
    }
    return latest;
  }

  /** The customer's name, or a neutral label. */
  public String customerLabel() {
    String name = customer.name();
    return name == null || name.isBlank() ? "Unnamed customer" : name;
  }
}
