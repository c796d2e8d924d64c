package com.replycraft.scoring;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Message;
import com.replycraft.scoring.thread.Policy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What to score (SCORING.md): a draft in the context of its thread, or, without a draft, the thread
 * itself (every agent and bot turn audited in its own context).
 *
 * @param channel defaults to EMAIL when absent
 * @param draftAt defaults to the scorer's clock when absent
 */
public record ScoreRequest(
    @Nullable String id,
    @Nullable Channel channel,
    @Nullable String draft,
    @Nullable Instant draftAt,
    @Nullable List<Message> thread,
    @Nullable Customer customer,
    @Nullable Policy policy) {

  public ScoreRequest {
    thread = thread == null ? List.of() : List.copyOf(thread);
  }

  public Channel channelOrDefault() {
    return channel != null ? channel : Channel.EMAIL;
  }

  public Customer customerOrUnknown() {
    return customer != null ? customer : Customer.UNKNOWN;
  }

  public Policy policyOrDefault() {
    return policy != null ? policy : Policy.DEFAULT;
  }

  @JsonIgnore
  public boolean isAudit() {
    return draft == null;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A fluent way to write requests in code and tests. */
  public static final class Builder {
    private @Nullable String id;
    private Channel channel = Channel.EMAIL;
    private @Nullable String draft;
    private @Nullable Instant draftAt;
    private final List<Message> thread = new ArrayList<>();
    private @Nullable Customer customer;
    private @Nullable Duration responseTarget;
    private @Nullable Double highValueThreshold;

    public Builder id(String value) {
      this.id = value;
      return this;
    }

    public Builder channel(Channel value) {
      this.channel = value;
      return this;
    }

    public Builder draft(String value) {
      this.draft = value;
      return this;
    }

    public Builder draftAt(Instant value) {
      this.draftAt = value;
      return this;
    }

    public Builder draftAt(String isoInstant) {
      return draftAt(Instant.parse(isoInstant));
    }

    public Builder message(Author author, String isoInstant, String text) {
      thread.add(new Message(author, Instant.parse(isoInstant), text));
      return this;
    }

    public Builder customerSays(String isoInstant, String text) {
      return message(Author.CUSTOMER, isoInstant, text);
    }

    public Builder agentSays(String isoInstant, String text) {
      return message(Author.AGENT, isoInstant, text);
    }

    public Builder botSays(String isoInstant, String text) {
      return message(Author.BOT, isoInstant, text);
    }

    public Builder customer(Customer value) {
      this.customer = value;
      return this;
    }

    public Builder customer(String name, boolean authenticated) {
      return customer(new Customer(name, authenticated, null, null));
    }

    public Builder responseTarget(Duration value) {
      this.responseTarget = value;
      return this;
    }

    public Builder highValueThreshold(double value) {
      this.highValueThreshold = value;
      return this;
    }

    public ScoreRequest build() {
      Policy policy =
          responseTarget == null && highValueThreshold == null
              ? null
              : new Policy(responseTarget, highValueThreshold);
      return new ScoreRequest(id, channel, draft, draftAt, thread, customer, policy);
    }
  }
}
