package com.replycraft.scoring.escalation;

import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.signal.BreachedWaitSignal;
import com.replycraft.scoring.escalation.signal.ComplaintThreatSignal;
import com.replycraft.scoring.escalation.signal.DistressSignal;
import com.replycraft.scoring.escalation.signal.FrustrationSignal;
import com.replycraft.scoring.escalation.signal.HighValueSignal;
import com.replycraft.scoring.escalation.signal.LongThreadSignal;
import com.replycraft.scoring.escalation.signal.PublicChannelSignal;
import com.replycraft.scoring.escalation.signal.RepeatedContactSignal;
import com.replycraft.scoring.escalation.signal.Signal;
import com.replycraft.scoring.escalation.signal.SignalHit;
import com.replycraft.scoring.escalation.signal.UrgencySignal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The escalation advisor: reads every {@link Signal} from the customer's messages before the reply
 * and from the thread's shape, lists each one found as a reason with its evidence, and combines
 * them by {@link EscalationRule} into STAY_ASYNC, OFFER_SYNC or ESCALATE_NOW with a confidence.
 * When the advice wants a call it carries a channel-appropriate offer sentence ({@link
 * OfferTexts}).
 */
public final class RuleEscalationAdvisor implements EscalationAdvisor {

  private final List<Signal> signals;

  public RuleEscalationAdvisor() {
    this(
        List.of(
            new FrustrationSignal(),
            new DistressSignal(),
            new HighValueSignal(),
            new UrgencySignal(),
            new ComplaintThreatSignal(),
            new RepeatedContactSignal(),
            new LongThreadSignal(),
            new BreachedWaitSignal(),
            new PublicChannelSignal()));
  }

  public RuleEscalationAdvisor(List<Signal> signals) {
    this.signals = List.copyOf(signals);
  }

  @Override
  public EscalationAdvice advise(ThreadView thread) {
    List<EscalationReason> reasons = new ArrayList<>();
    Map<ReasonCode, Double> strengths = new EnumMap<>(ReasonCode.class);
    if (thread.hasCustomerMessages()) {
      for (Signal signal : signals) {
        Optional<SignalHit> hit = signal.detect(thread);
        if (hit.isPresent()) {
          reasons.add(hit.get().reason());
          strengths.put(signal.code(), hit.get().strength());
        }
      }
    }
    EscalationRule.Decision decision = EscalationRule.decide(strengths);
    return new EscalationAdvice(
        decision.recommendation(),
        decision.confidence(),
        reasons,
        OfferTexts.offer(thread.channel(), decision.recommendation()));
  }
}
