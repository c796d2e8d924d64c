package com.replycraft.app.agent;

/** A link or team change that would break a rule; the message says which, in the user's words. */
public class AgentLinkException extends RuntimeException {

  public AgentLinkException(String message) {
    super(message);
  }
}
