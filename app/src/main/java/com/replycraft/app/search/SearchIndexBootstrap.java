package com.replycraft.app.search;

import com.replycraft.app.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At start-up, rebuilds an empty index when the database has messages (a new install on an old
 * database, or an index directory someone deleted). The rebuild runs in the background, so the app
 * opens at once; searches see more hits as it proceeds.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class SearchIndexBootstrap implements StartupTask {

  private static final Logger log = LoggerFactory.getLogger(SearchIndexBootstrap.class);

  private final SearchIndexer indexer;

  SearchIndexBootstrap(SearchIndexer indexer) {
    this.indexer = indexer;
  }

  @Override
  public void run() {
    long stored = indexer.storedMessages();
    if (stored > 0 && indexer.indexedMessages() == 0) {
      log.info("The search index is empty but the database has {} messages", stored);
      indexer.rebuild();
    }
  }
}
