package com.replycraft.app.conversation;

/**
 * The review queue's risk of a conversation as one number, highest first: the order of the issue
 * ("critical findings, breached waits, frustrated or distressed customers, escalation not offered,
 * then lowest score") folded into weights so that one indexed column sorts it.
 *
 * <pre>
 *   risk = 1 000 000 × critical finding
 *        +   100 000 × wait breached
 *        +    10 000 × customer frustrated or distressed
 *        +     1 000 × escalation missed (call advised, not offered)
 *        + (100 − overall score)
 * </pre>
 *
 * Each weight is larger than everything below it can add up to (the score part is at most 100), so
 * a conversation with a critical finding always ranks above one without, whatever else is true.
 */
public final class QueueRisk {

  public static final int CRITICAL = 1_000_000;
  public static final int BREACHED = 100_000;
  public static final int UPSET = 10_000;
  public static final int ESCALATION_MISSED = 1_000;

  private QueueRisk() {}

  public static int of(
      boolean critical, boolean breached, boolean upset, boolean escalationMissed, int overall) {
    int score = Math.max(0, Math.min(100, overall));
    return (critical ? CRITICAL : 0)
        + (breached ? BREACHED : 0)
        + (upset ? UPSET : 0)
        + (escalationMissed ? ESCALATION_MISSED : 0)
        + (100 - score);
  }
}
