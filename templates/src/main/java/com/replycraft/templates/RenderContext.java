package com.replycraft.templates;

import com.replycraft.scoring.escalation.EscalationAdvice;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Message;
import com.replycraft.scoring.thread.Policy;
import com.replycraft.scoring.thread.WaitCalculator;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The values a template is filled with. The core placeholders come from the thread:
 *
 * <ul>
 *   <li>{@code {{customer_name}}}: the customer's first name, or {@code "there"} when unknown, so
 *       that "Hi {{customer_name}}," stays a natural greeting; templates use it in the greeting;
 *   <li>{@code {{wait}}}: how long the customer has waited, in words ("3 days", "5 hours");
 *   <li>{@code {{response_window}}}: when they will hear back, e.g. "within 4 hours";
 *   <li>{@code {{agent_name}}}: who signs the reply (required: no default);
 *   <li>{@code {{escalation_offer}}}: a sentence offering a call, or empty to drop that line.
 * </ul>
 *
 * Intent-specific values ({@code order_number}, {@code date} …) are added with {@link
 * Builder#put(String, String)}. Immutable; build one per reply.
 */
public final class RenderContext {

  /** Greeting word used when the customer's name is unknown: "Hi there,". */
  public static final String UNKNOWN_NAME = "there";

  private final Map<String, String> values;

  private RenderContext(Map<String, String> values) {
    this.values = Map.copyOf(values);
  }

  /** Every value by placeholder name; absent names are unfilled. */
  public Map<String, String> values() {
    return values;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder prefilled from the thread: the customer's first name, the wait of their oldest
   * unanswered message up to {@code replyAt} (calendar time, as the scorer measures it), the
   * channel's response window (or the policy's), and no escalation offer. Add the agent's name,
   * {@link Builder#escalation(EscalationAdvice, Channel)} and intent-specific values.
   */
  public static Builder fromThread(
      List<Message> thread, Channel channel, Customer customer, Policy policy, Instant replyAt) {
    Duration target = policy.responseTargetFor(channel);
    Duration waited = WaitCalculator.waitBefore(thread, replyAt, target).customerWaited();
    return builder().customerName(customer.firstName()).waited(waited).responseWindow(target);
  }

  /** Channel-appropriate call offers in our own words, used when the advice carries no text. */
  public static String defaultCallOffer(Channel channel) {
    return switch (channel) {
      case SOCIAL_PUBLIC ->
          "If a call would be easier, send us a private message with a number and a good time.";
      case MESSAGING, SOCIAL_PRIVATE, LIVE_CHAT ->
          "Would a call be easier? Send me a number and a good time, and I'll ring you.";
      case EMAIL, TICKET, VOICE ->
          "If it would help to talk this through, reply with a number and a time that suits you,"
              + " and I'll call you.";
    };
  }

  /**
   * Collects values. Unset core values stay unfilled (and rendering refuses), except the customer's
   * name ("there") and the escalation offer (the template's default, else empty).
   */
  public static final class Builder {
    private final Map<String, String> values = new LinkedHashMap<>();

    private Builder() {
      values.put(Placeholders.CUSTOMER_NAME, UNKNOWN_NAME);
    }

    /** The customer's name as they would be greeted; blank or null falls back to "there". */
    public Builder customerName(@Nullable String name) {
      values.put(
          Placeholders.CUSTOMER_NAME, name == null || name.isBlank() ? UNKNOWN_NAME : name.strip());
      return this;
    }

    public Builder waited(Duration waited) {
      return put(Placeholders.WAIT, WaitWords.of(waited));
    }

    public Builder responseWindow(Duration target) {
      return put(Placeholders.RESPONSE_WINDOW, WaitWords.window(target));
    }

    /** A window in words when it is not a plain duration, e.g. "by 5 pm tomorrow". */
    public Builder responseWindow(String words) {
      return put(Placeholders.RESPONSE_WINDOW, words);
    }

    public Builder agentName(String name) {
      return put(Placeholders.AGENT_NAME, name);
    }

    /**
     * The offer sentence; an empty string removes its line from the reply. Left unset, the reply
     * uses the template's own default offer (an escalation-offer template has one) or nothing.
     */
    public Builder escalationOffer(String sentence) {
      return put(Placeholders.ESCALATION_OFFER, sentence);
    }

    /**
     * The offer the advice calls for: when it advises staying async, none of our own (the
     * template's default, if it has one, still applies); else the advice's own offer text or the
     * channel's default call offer.
     */
    public Builder escalation(EscalationAdvice advice, Channel channel) {
      if (!advice.recommendation().wantsSync()) {
        values.remove(Placeholders.ESCALATION_OFFER);
        return this;
      }
      String text = advice.offerText();
      return escalationOffer(text != null && !text.isBlank() ? text : defaultCallOffer(channel));
    }

    /** Any placeholder's value, by name (without braces). */
    public Builder put(String name, String value) {
      Objects.requireNonNull(value, name);
      if (!Placeholders.NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("not a placeholder name: \"" + name + "\"");
      }
      values.put(name, value);
      return this;
    }

    public Builder putAll(Map<String, String> more) {
      more.forEach(this::put);
      return this;
    }

    public RenderContext build() {
      return new RenderContext(values);
    }
  }
}
