package com.replycraft.app.security;

/** Another user already has this username. */
public class UsernameTakenException extends RuntimeException {

  private final String username;

  public UsernameTakenException(String username) {
    super("The username \"" + username + "\" is already taken");
    this.username = username;
  }

  public String username() {
    return username;
  }
}
