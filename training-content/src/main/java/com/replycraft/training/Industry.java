package com.replycraft.training;

/** The kind of business an exercise is set in, so trainers can pick familiar scenarios. */
public enum Industry {
  TELCO,
  INSURANCE,
  HEALTH_INSURANCE,
  RETAIL,
  AIRLINE,
  BANKING,
  UTILITIES,
  SAAS,
  TRAVEL,
  GOVERNMENT
}
