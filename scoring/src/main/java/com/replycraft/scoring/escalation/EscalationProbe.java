package com.replycraft.scoring.escalation;

import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.thread.Channel;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The measurement hook for the evaluation harness: the escalation advice for a list of customer
 * messages alone, scored through {@link Scorer} exactly as a client would (a thread of CUSTOMER
 * messages one minute apart, audited, channel EMAIL by default). The messages are one minute apart
 * so that the wait never breaches a response target and only the words decide.
 *
 * <pre>{@code
 * EscalationProbe probe = new EscalationProbe(Scorer.create());
 * boolean angry = probe.frustrated(List.of("Are you joking? Third time I've asked."));
 * }</pre>
 */
public final class EscalationProbe {

  private static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

  private final Scorer scorer;
  private final Channel channel;

  public EscalationProbe(Scorer scorer) {
    this(scorer, Channel.EMAIL);
  }

  public EscalationProbe(Scorer scorer, Channel channel) {
    this.scorer = scorer;
    this.channel = channel;
  }

  /** The advice for a thread made of these customer messages, in order. */
  public EscalationAdvice advise(List<String> customerTexts) {
    if (customerTexts.isEmpty()) {
      throw new IllegalArgumentException("at least one customer message is needed");
    }
    ScoreRequest.Builder request = ScoreRequest.builder().channel(channel);
    for (int i = 0; i < customerTexts.size(); i++) {
      request.customerSays(START.plusSeconds(60L * i).toString(), customerTexts.get(i));
    }
    ScoreResult result = scorer.score(request.build());
    return result.escalation();
  }

  /** The reason codes found for these customer messages. */
  public Set<ReasonCode> reasons(List<String> customerTexts) {
    Set<ReasonCode> codes = EnumSet.noneOf(ReasonCode.class);
    for (EscalationReason reason : advise(customerTexts).reasons()) {
      codes.add(reason.code());
    }
    return codes;
  }

  /** Whether CUSTOMER_FRUSTRATED fires for these customer messages. */
  public boolean frustrated(List<String> customerTexts) {
    return reasons(customerTexts).contains(ReasonCode.CUSTOMER_FRUSTRATED);
  }
}
