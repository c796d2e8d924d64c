package com.replycraft.app.conversation;

import com.replycraft.scoring.Scores;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.escalation.Recommendation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The auto-QA of one thread, ready to store: one entry per audited (AGENT or BOT) message and a
 * summary for the whole conversation.
 *
 * @param overall the audit's overall score
 * @param worstSeverity the most severe finding anywhere in the thread, or null when there is none
 * @param escalation the advice for the thread as it ends
 * @param breached whether the customer waited past the response target before an audited message
 * @param findingCodes the distinct finding codes of the thread, comma-separated, in code order
 * @param threadFindingsJson findings about the whole thread (no message index), SCORING.md JSON
 * @param escalationJson the escalation advice, SCORING.md JSON
 * @param customerFrustrated the advisor found the customer frustrated
 * @param customerDistressed the advisor found the customer distressed (vulnerable)
 */
public record ThreadAudit(
    List<MessageAudit> messages,
    int overall,
    @Nullable Severity worstSeverity,
    Recommendation escalation,
    boolean breached,
    String findingCodes,
    String threadFindingsJson,
    String escalationJson,
    boolean customerFrustrated,
    boolean customerDistressed) {

  public ThreadAudit {
    messages = List.copyOf(messages);
  }

  /**
   * One audited message.
   *
   * @param index the message's position in time order (0-based)
   * @param findingsJson its findings, SCORING.md JSON
   */
  public record MessageAudit(int index, Scores scores, String findingsJson) {}
}
