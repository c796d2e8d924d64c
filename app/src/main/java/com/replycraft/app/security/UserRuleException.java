package com.replycraft.app.security;

/** A change that would break a rule about users, such as disabling the last enabled admin. */
public class UserRuleException extends RuntimeException {

  public UserRuleException(String message) {
    super(message);
  }
}
