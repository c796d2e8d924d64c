package com.replycraft.app.review;

import com.replycraft.app.StartupTask;
import com.replycraft.app.conversation.ConversationService;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the review-queue columns of conversations stored before the queue existed (and of demo or
 * composed threads that were never audited) by auditing them again, in batches, at start-up. Runs
 * after the demo data; does nothing once every conversation has its queue risk.
 */
@Component
@Order(1000)
class QueueBackfill implements StartupTask {

  private static final Logger LOG = LoggerFactory.getLogger(QueueBackfill.class);
  private static final int BATCH = 200;

  private final ConversationService conversations;
  private final AutoQa auditor;

  QueueBackfill(ConversationService conversations, AutoQa auditor) {
    this.conversations = conversations;
    this.auditor = auditor;
  }

  @Override
  public void run() {
    int done = 0;
    List<Long> previous = List.of();
    for (List<Long> ids = conversations.missingQueueColumns(BATCH);
        !ids.isEmpty();
        ids = conversations.missingQueueColumns(BATCH)) {
      if (ids.equals(previous)) {
        LOG.warn("Could not fill the review-queue columns of conversations {}", ids);
        break;
      }
      conversations.reaudit(ids, auditor);
      done += ids.size();
      previous = ids;
    }
    if (done > 0) {
      LOG.info("Audited {} conversation(s) for the review queue", done);
    }
  }
}
