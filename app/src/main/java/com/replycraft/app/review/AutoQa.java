package com.replycraft.app.review;

import com.replycraft.app.conversation.ThreadAudit;
import com.replycraft.app.conversation.ThreadAuditor;
import com.replycraft.scoring.Finding;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.ScoreRule;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.escalation.ReasonCode;
import com.replycraft.scoring.json.ScoringJson;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Message;
import com.replycraft.scoring.thread.Policy;
import com.replycraft.scoring.thread.WaitCalculator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Auto-QA: the scorer audits the thread (every AGENT and BOT message in its own context, plus the
 * escalation advice for the thread as it ends). Each audited message gets its own findings and the
 * scores {@link ScoreRule} derives from them, with a delay acknowledgement owed when the customer
 * had waited past the channel's target before it; the conversation gets the audit's overall score,
 * the worst severity, the advice and whether a wait was breached.
 */
@Component
class AutoQa implements ThreadAuditor {

  private final Scorer scorer;
  private final ScoringJson json;

  AutoQa(Scorer scorer, ScoringJson json) {
    this.scorer = scorer;
    this.json = json;
  }

  @Override
  public ThreadAudit audit(Channel channel, Customer customer, List<Message> messages) {
    ScoreResult result =
        scorer.score(new ScoreRequest(null, channel, null, null, messages, customer, null));
    Duration target = Policy.DEFAULT.responseTargetFor(channel);
    List<ThreadAudit.MessageAudit> audited = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      Message message = messages.get(i);
      if (!message.author().speaksForBusiness()) {
        continue;
      }
      int index = i;
      List<Finding> own =
          result.findings().stream()
              .filter(f -> f.messageIndex() != null && f.messageIndex() == index)
              .toList();
      boolean owed =
          WaitCalculator.waitBefore(messages.subList(0, i), message.at(), target).breached();
      audited.add(new ThreadAudit.MessageAudit(i, ScoreRule.scores(own, owed), json.write(own)));
    }
    Severity worst =
        result.findings().stream().map(Finding::severity).max(Enum::compareTo).orElse(null);
    String codes =
        result.findings().stream()
            .map(f -> f.code().name())
            .distinct()
            .sorted()
            .collect(Collectors.joining(","));
    return new ThreadAudit(
        audited,
        result.scores().overall(),
        worst,
        result.escalation().recommendation(),
        result.waitInfo().breached(),
        codes,
        json.write(
            result.findings().stream().filter(f -> Objects.isNull(f.messageIndex())).toList()),
        json.write(result.escalation()),
        result.escalation().has(ReasonCode.CUSTOMER_FRUSTRATED),
        result.escalation().has(ReasonCode.CUSTOMER_DISTRESSED));
  }
}
