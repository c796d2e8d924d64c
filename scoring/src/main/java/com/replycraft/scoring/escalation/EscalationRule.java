package com.replycraft.scoring.escalation;

import static com.replycraft.scoring.escalation.ReasonCode.CHURN_OR_COMPLAINT_THREAT;
import static com.replycraft.scoring.escalation.ReasonCode.CUSTOMER_DISTRESSED;
import static com.replycraft.scoring.escalation.ReasonCode.CUSTOMER_FRUSTRATED;
import static com.replycraft.scoring.escalation.ReasonCode.HIGH_VALUE;
import static com.replycraft.scoring.escalation.ReasonCode.LONG_UNRESOLVED_THREAD;
import static com.replycraft.scoring.escalation.ReasonCode.REPEATED_CONTACT;
import static com.replycraft.scoring.escalation.ReasonCode.RESPONSE_TARGET_BREACHED;
import static com.replycraft.scoring.escalation.ReasonCode.URGENT;

import java.util.Map;
import java.util.Set;

/**
 * The one rule that turns the signals found in a thread into a recommendation (also in {@code
 * scoring/ESCALATION.md}). Distress and frustration are the customer's state; the other signals are
 * pressures on the thread.
 *
 * <ol>
 *   <li><b>ESCALATE_NOW</b> when the customer is DISTRESSED and the matter is also URGENT, or the
 *       customer is also FRUSTRATED or threatening to leave or complain; or when the customer is
 *       FRUSTRATED, or the matter URGENT, and they threaten to leave or complain (an outage today
 *       that will cost us the customer cannot wait for the queue); or when the customer is
 *       FRUSTRATED and at least two pressures hold among URGENT, REPEATED_CONTACT,
 *       RESPONSE_TARGET_BREACHED, LONG_UNRESOLVED_THREAD and HIGH_VALUE.
 *   <li>Otherwise <b>OFFER_SYNC</b> when the customer is DISTRESSED or FRUSTRATED, is HIGH_VALUE,
 *       threatens to leave or complain; or when at least two of URGENT, REPEATED_CONTACT,
 *       RESPONSE_TARGET_BREACHED and LONG_UNRESOLVED_THREAD hold together.
 *   <li>Otherwise <b>STAY_ASYNC</b>. PUBLIC_CHANNEL never decides the recommendation; it changes
 *       the offer (move to a private message first).
 * </ol>
 *
 * The reasons always list every signal found, whatever the recommendation. Confidence grows with
 * the number and strength of the signals: STAY_ASYNC is 0.9 with nothing found and loses 0.1 per
 * signal (never below 0.55); OFFER_SYNC starts at 0.6 and ESCALATE_NOW at 0.75, each gaining 0.05
 * per signal beyond the ones the rule needed and up to 0.1 for strong evidence (mean strength above
 * 0.5), capped at 0.85 and 0.97.
 */
public final class EscalationRule {

  private static final Set<ReasonCode> PRESSURES_WITH_FRUSTRATION =
      Set.of(
          URGENT, REPEATED_CONTACT, RESPONSE_TARGET_BREACHED, LONG_UNRESOLVED_THREAD, HIGH_VALUE);
  private static final Set<ReasonCode> THREAD_PRESSURES =
      Set.of(URGENT, REPEATED_CONTACT, RESPONSE_TARGET_BREACHED, LONG_UNRESOLVED_THREAD);

  private EscalationRule() {}

  /** The recommendation and its confidence for these signals and their strengths (0..1). */
  public static Decision decide(Map<ReasonCode, Double> strengths) {
    Set<ReasonCode> found = strengths.keySet();
    boolean distressed = found.contains(CUSTOMER_DISTRESSED);
    boolean frustrated = found.contains(CUSTOMER_FRUSTRATED);
    boolean threat = found.contains(CHURN_OR_COMPLAINT_THREAT);
    int pressures = count(found, PRESSURES_WITH_FRUSTRATION);
    double meanStrength =
        strengths.values().stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double evidenceBonus = Math.max(0, Math.min(0.1, (meanStrength - 0.5) * 0.4));

    if (distressed && (found.contains(URGENT) || frustrated || threat)) {
      return escalateNow(found.size(), 2, evidenceBonus);
    }
    if ((frustrated || found.contains(URGENT)) && threat) {
      return escalateNow(found.size(), 2, evidenceBonus);
    }
    if (frustrated && pressures >= 2) {
      return escalateNow(found.size(), 3, evidenceBonus);
    }
    if (distressed || frustrated || threat || found.contains(HIGH_VALUE)) {
      return offerSync(found.size(), 1, evidenceBonus);
    }
    if (count(found, THREAD_PRESSURES) >= 2) {
      return offerSync(found.size(), 2, evidenceBonus);
    }
    return new Decision(Recommendation.STAY_ASYNC, round(Math.max(0.55, 0.9 - 0.1 * found.size())));
  }

  private static Decision escalateNow(int signals, int needed, double bonus) {
    double confidence = 0.75 + 0.05 * Math.max(0, signals - needed) + bonus;
    return new Decision(Recommendation.ESCALATE_NOW, round(Math.min(0.97, confidence)));
  }

  private static Decision offerSync(int signals, int needed, double bonus) {
    double confidence = 0.6 + 0.05 * Math.max(0, signals - needed) + bonus;
    return new Decision(Recommendation.OFFER_SYNC, round(Math.min(0.85, confidence)));
  }

  private static int count(Set<ReasonCode> found, Set<ReasonCode> of) {
    int n = 0;
    for (ReasonCode code : found) {
      if (of.contains(code)) {
        n++;
      }
    }
    return n;
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }

  /** A recommendation with how sure the rule is of it, 0..1. */
  public record Decision(Recommendation recommendation, double confidence) {}
}
