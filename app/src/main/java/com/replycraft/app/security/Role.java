package com.replycraft.app.security;

/**
 * What a person (or an API token) may do. Views and endpoints name the roles they admit with
 * {@code @RolesAllowed}; Spring sees them as authorities {@code ROLE_<name>}.
 */
public enum Role {
  /** Writes replies and reads the feedback on their own work. */
  AGENT("Agent"),
  /** Reviews conversations, works the QA queue, runs calibration. */
  REVIEWER("QA reviewer"),
  /** Runs exercises and follows agents' progress. */
  TRAINER("Trainer"),
  /** Manages users, API tokens and settings. */
  ADMIN("Admin");

  public static final String AGENT_NAME = "AGENT";
  public static final String REVIEWER_NAME = "REVIEWER";
  public static final String TRAINER_NAME = "TRAINER";
  public static final String ADMIN_NAME = "ADMIN";

  private final String label;

  Role(String label) {
    this.label = label;
  }

  /** A label for people, e.g. "QA reviewer". */
  public String label() {
    return label;
  }

  /** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
  public String authority() {
    return "ROLE_" + name();
  }
}
