package com.replycraft.scoring.escalation.signal;

import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.EscalationReason;
import com.replycraft.scoring.escalation.ReasonCode;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Policy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * LONG_UNRESOLVED_THREAD: the matter has dragged on in writing — the customer's first message is
 * older than {@link Policy#longThreadAfterOrDefault()} (7 days), or the customer has come back
 * after an agent reply {@link Policy#longThreadExchangesOrDefault()} (3) or more times — and the
 * customer's last message does not say it is sorted ({@code escalation/resolved.txt}).
 */
public final class LongThreadSignal implements Signal {

  private static final CueLexicon RESOLVED = CueLexicon.named("escalation/resolved");

  @Override
  public ReasonCode code() {
    return ReasonCode.LONG_UNRESOLVED_THREAD;
  }

  @Override
  public Optional<SignalHit> detect(ThreadView thread) {
    List<AnalyzedMessage> customer = thread.customerMessages();
    if (customer.isEmpty()) {
      return Optional.empty();
    }
    AnalyzedMessage last = customer.get(customer.size() - 1);
    if (RESOLVED.score(last.text()) >= 1) {
      return Optional.empty();
    }
    Duration age = Duration.between(customer.get(0).at(), thread.at());
    Duration limit = thread.policy().longThreadAfterOrDefault();
    int returns = 0;
    boolean agentAnswered = false;
    for (AnalyzedMessage message : thread.messages()) {
      if (message.author() == Author.AGENT) {
        agentAnswered = true;
      } else if (message.fromCustomer() && agentAnswered) {
        returns++;
        agentAnswered = false;
      }
    }
    int exchanges = thread.policy().longThreadExchangesOrDefault();
    boolean old = age.compareTo(limit) > 0;
    boolean busy = returns >= exchanges;
    if (!old && !busy) {
      return Optional.empty();
    }
    String evidence =
        old
            ? "open for " + age.toDays() + " days (over " + limit.toDays() + ")"
            : "the customer has come back " + returns + " times after a reply";
    double strength =
        0.5 + (old && busy ? 0.3 : 0) + (age.compareTo(limit.multipliedBy(2)) > 0 ? 0.2 : 0);
    return Optional.of(
        new SignalHit(
            new EscalationReason(code(), evidence, customer.get(0).index(), null, null),
            strength,
            null));
  }
}
