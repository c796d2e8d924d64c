package com.replycraft.app.insights;

import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.demo.DemoDataLoader;
import com.replycraft.app.review.ImportReport;
import com.replycraft.app.review.ImportService;
import java.io.StringReader;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo mode: imports {@link DemoHistory} through the real import path (auto-QA included), once, so
 * the Insights page and the QA queue have eight weeks of history to show. The import (hundreds of
 * audited conversations, about half a minute on a busy laptop) runs on a background thread so the
 * app starts without waiting for it; the page fills in when it is done.
 */
@Component
@Order(60)
public class InsightsDemoData implements DemoDataLoader {

  static final int CONVERSATIONS = 400;
  private static final Logger log = LoggerFactory.getLogger(InsightsDemoData.class);

  private final ImportService imports;
  private final ConversationService conversations;
  private final InsightsService insights;
  private final InsightsCalendar calendar;
  private final AgentRoster roster;
  private volatile CompletableFuture<Void> loaded = CompletableFuture.completedFuture(null);

  InsightsDemoData(
      ImportService imports,
      ConversationService conversations,
      InsightsService insights,
      InsightsCalendar calendar,
      AgentRoster roster) {
    this.imports = imports;
    this.conversations = conversations;
    this.insights = insights;
    this.calendar = calendar;
    this.roster = roster;
  }

  @Override
  public void load() {
    roster.linkDemoAgents(DemoHistory.DEMO_LINKS);
    if (conversations.idOfExternal(DemoHistory.PREFIX + "0000").isPresent()) {
      return;
    }
    loaded =
        CompletableFuture.runAsync(
            this::importHistory,
            task -> {
              Thread thread = new Thread(task, "demo-history-import");
              thread.setDaemon(true);
              thread.start();
            });
  }

  /**
   * Waits until the demo history is stored (at once when there is nothing to load).
   *
   * @return false when it is still loading after {@code timeout}
   */
  public boolean await(Duration timeout) {
    try {
      loaded.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (TimeoutException e) {
      return false;
    } catch (ExecutionException e) {
      throw new IllegalStateException("the demo history could not be loaded", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void importHistory() {
    long started = System.nanoTime();
    String csv =
        new DemoHistory(calendar.zone(), insights.today().minusDays(1))
            .csv(ImportService.CSV_HEADER, CONVERSATIONS);
    ImportReport report = imports.importCsv(new StringReader(csv));
    log.info(
        "Demo history: {} conversations, {} messages, {} rejected, in {} ms",
        report.conversations(),
        report.messages(),
        report.rejected().size(),
        (System.nanoTime() - started) / 1_000_000);
  }
}
