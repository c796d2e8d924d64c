package com.replycraft.training;

/**
 * The async failure modes of the domain guide an exercise trains against; the catalog covers every
 * one (a test keeps it so).
 */
public enum FailureMode {
  /** "Connecting you to an agent" on a channel that is really a queue. */
  LIVE_CHAT_LANGUAGE_ON_QUEUE,
  /** The response-time expectation reaches the customer only after they waited past it. */
  LATE_DISCLOSURE,
  /** A long wait, answered as if nothing happened. */
  IGNORED_LONG_WAIT,
  /** "How can I help?" after the customer already explained. */
  RESTARTED_CONVERSATION,
  /** A signed-in customer asked to prove who they are again. */
  REVERIFIED_AUTHENTICATED_CUSTOMER,
  /** One exact input format demanded instead of accepting variants. */
  RIGID_FORMAT,
  /** A hand-off or follow-up with no time the customer will hear back. */
  NO_RESPONSE_WINDOW,
  /** An emotional, urgent or high-value thread that should move to a call. */
  NEEDS_A_CALL,
  /** A stock reply with nothing from this customer's thread. */
  TEMPLATED_REPLY,
  /** The customer is blamed. */
  BLAME,
  /** Capitals and runs of exclamation marks. */
  SHOUTING,
  /** One long block where steps are described. */
  WALL_OF_TEXT,
  /** "Soon", "shortly", "ASAP". */
  VAGUE_TIME,
  /** Bereavement, illness or financial hardship needing real empathy. */
  BEREAVEMENT_OR_HARDSHIP,
  /** A reply on a public social thread, read by everyone watching. */
  PUBLIC_SOCIAL_REPLY
}
