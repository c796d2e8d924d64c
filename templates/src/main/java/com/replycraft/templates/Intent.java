package com.replycraft.templates;

import java.util.Optional;

/**
 * The intents the shipped catalog covers. A template's front matter names intents by {@link #id()};
 * a contact centre may add intents of its own (any kebab-case word), these are the ones we promise.
 */
public enum Intent {
  DELIVERY_DELAY("delivery-delay"),
  REFUND("refund"),
  BILLING_ERROR("billing-error"),
  OUTAGE("outage"),
  ACCOUNT_CHANGE("account-change"),
  CANCELLATION("cancellation"),
  COMPLAINT("complaint"),
  BEREAVEMENT("bereavement"),
  HARDSHIP("hardship"),
  VERIFICATION("verification"),
  FOLLOW_UP("follow-up"),
  ESCALATION_OFFER("escalation-offer");

  private final String id;

  Intent(String id) {
    this.id = id;
  }

  /** The name used in front matter, e.g. {@code delivery-delay}. */
  public String id() {
    return id;
  }

  public static Optional<Intent> fromId(String id) {
    for (Intent intent : values()) {
      if (intent.id.equals(id)) {
        return Optional.of(intent);
      }
    }
    return Optional.empty();
  }
}
