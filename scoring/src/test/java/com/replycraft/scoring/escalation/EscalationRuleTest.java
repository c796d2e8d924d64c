package com.replycraft.scoring.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The combining rule, as a table of signal sets and the recommendation each must give. */
class EscalationRuleTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # signals found                                                          | recommendation
          ''                                                                       | STAY_ASYNC
          # distress with urgency, frustration or a threat: call now
          CUSTOMER_DISTRESSED URGENT                                               | ESCALATE_NOW
          CUSTOMER_DISTRESSED CUSTOMER_FRUSTRATED                                  | ESCALATE_NOW
          CUSTOMER_DISTRESSED CHURN_OR_COMPLAINT_THREAT                            | ESCALATE_NOW
          # frustration with a threat, or with two pressures: call now
          CUSTOMER_FRUSTRATED CHURN_OR_COMPLAINT_THREAT                            | ESCALATE_NOW
          URGENT CHURN_OR_COMPLAINT_THREAT                                         | ESCALATE_NOW
          URGENT CHURN_OR_COMPLAINT_THREAT HIGH_VALUE                              | ESCALATE_NOW
          CUSTOMER_FRUSTRATED REPEATED_CONTACT RESPONSE_TARGET_BREACHED            | ESCALATE_NOW
          CUSTOMER_FRUSTRATED URGENT LONG_UNRESOLVED_THREAD                        | ESCALATE_NOW
          CUSTOMER_FRUSTRATED HIGH_VALUE URGENT                                    | ESCALATE_NOW
          # one of the customer's states, value or a threat alone: offer a call
          CUSTOMER_DISTRESSED                                                      | OFFER_SYNC
          CUSTOMER_FRUSTRATED                                                      | OFFER_SYNC
          CUSTOMER_FRUSTRATED REPEATED_CONTACT                                     | OFFER_SYNC
          CUSTOMER_FRUSTRATED RESPONSE_TARGET_BREACHED PUBLIC_CHANNEL              | OFFER_SYNC
          HIGH_VALUE                                                               | OFFER_SYNC
          CHURN_OR_COMPLAINT_THREAT                                                | OFFER_SYNC
          CUSTOMER_DISTRESSED REPEATED_CONTACT                                     | OFFER_SYNC
          # two pressures on the thread together: offer a call
          URGENT RESPONSE_TARGET_BREACHED                                          | OFFER_SYNC
          REPEATED_CONTACT LONG_UNRESOLVED_THREAD                                  | OFFER_SYNC
          # one pressure, or the public channel: stay in writing (still listed as reasons)
          URGENT                                                                   | STAY_ASYNC
          RESPONSE_TARGET_BREACHED                                                 | STAY_ASYNC
          REPEATED_CONTACT                                                         | STAY_ASYNC
          LONG_UNRESOLVED_THREAD                                                   | STAY_ASYNC
          PUBLIC_CHANNEL                                                           | STAY_ASYNC
          RESPONSE_TARGET_BREACHED PUBLIC_CHANNEL                                  | STAY_ASYNC
          """)
  void combines_signals_into_one_recommendation(String signals, Recommendation expected) {
    assertThat(EscalationRule.decide(strengths(signals, 0.5)).recommendation()).isEqualTo(expected);
  }

  @Test
  void confidence_grows_with_the_number_of_signals() {
    double one = EscalationRule.decide(strengths("CUSTOMER_FRUSTRATED", 0.5)).confidence();
    double two =
        EscalationRule.decide(strengths("CUSTOMER_FRUSTRATED REPEATED_CONTACT", 0.5)).confidence();
    double now =
        EscalationRule.decide(strengths("CUSTOMER_FRUSTRATED CHURN_OR_COMPLAINT_THREAT", 0.5))
            .confidence();
    double nowMore =
        EscalationRule.decide(
                strengths(
                    "CUSTOMER_FRUSTRATED CHURN_OR_COMPLAINT_THREAT REPEATED_CONTACT URGENT", 0.5))
            .confidence();
    assertThat(two).isGreaterThan(one);
    assertThat(nowMore).isGreaterThan(now);
    assertThat(now).isGreaterThan(two);
  }

  @Test
  void confidence_grows_with_the_strength_of_the_evidence() {
    double weak = EscalationRule.decide(strengths("CUSTOMER_FRUSTRATED", 0.5)).confidence();
    double strong = EscalationRule.decide(strengths("CUSTOMER_FRUSTRATED", 1.0)).confidence();
    assertThat(strong).isGreaterThan(weak);
  }

  @Test
  void staying_async_is_surest_when_nothing_was_found() {
    double nothing = EscalationRule.decide(strengths("", 0.5)).confidence();
    double something = EscalationRule.decide(strengths("URGENT", 0.5)).confidence();
    assertThat(nothing).isEqualTo(0.9);
    assertThat(something).isLessThan(nothing);
  }

  @Test
  void confidence_stays_between_zero_and_one() {
    String all =
        "CUSTOMER_FRUSTRATED CUSTOMER_DISTRESSED HIGH_VALUE URGENT CHURN_OR_COMPLAINT_THREAT"
            + " REPEATED_CONTACT LONG_UNRESOLVED_THREAD RESPONSE_TARGET_BREACHED PUBLIC_CHANNEL";
    assertThat(EscalationRule.decide(strengths(all, 1.0)).confidence()).isBetween(0.9, 0.97);
  }

  private static Map<ReasonCode, Double> strengths(String signals, double strength) {
    Map<ReasonCode, Double> map = new EnumMap<>(ReasonCode.class);
    for (String name : signals.split("\\s+")) {
      if (!name.isBlank()) {
        map.put(ReasonCode.valueOf(name), strength);
      }
    }
    return map;
  }
}
