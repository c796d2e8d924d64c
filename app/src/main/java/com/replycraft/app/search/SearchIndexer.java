package com.replycraft.app.search;

import com.replycraft.app.conversation.ConversationMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the search index from the database with Hibernate Search's mass indexer, in the
 * background, one rebuild at a time; its progress is readable at any moment. The database is the
 * source of truth, so a deleted or damaged index directory loses nothing.
 */
@Service
public class SearchIndexer {

  private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

  /** Entities loaded per transaction; small enough for little heap, large enough for speed. */
  static final int LOAD_BATCH = 100;

  private final EntityManagerFactory entityManagerFactory;
  private final EntityManager entityManager;
  private final Clock clock;
  private final AtomicReference<IndexStatus> status = new AtomicReference<>(IndexStatus.IDLE);
  private @Nullable CompletableFuture<IndexStatus> running;

  SearchIndexer(
      EntityManagerFactory entityManagerFactory, EntityManager entityManager, Clock clock) {
    this.entityManagerFactory = entityManagerFactory;
    this.entityManager = entityManager;
    this.clock = clock;
  }

  public IndexStatus status() {
    return status.get();
  }

  /**
   * Starts a rebuild unless one is running: empties the index, then writes a document for every
   * indexed row of the database.
   *
   * @return completes with the final status when the rebuild (this one or the one already running)
   *     ends
   */
  public synchronized CompletableFuture<IndexStatus> rebuild() {
    if (running != null && !running.isDone()) {
      return running;
    }
    Instant started = clock.instant();
    AtomicLong indexed = new AtomicLong();
    AtomicLong total = new AtomicLong();
    status.set(new IndexStatus(IndexStatus.State.RUNNING, 0, 0, null, null, null));
    MassIndexingMonitor monitor =
        new MassIndexingMonitor() {
          @Override
          public void documentsAdded(long increment) {
            publish(indexed.addAndGet(increment), total.get());
          }

          @Override
          public void documentsBuilt(long increment) {
            // progress is counted when documents are added
          }

          @Override
          public void entitiesLoaded(long increment) {
            // progress is counted when documents are added
          }

          @Override
          public void addToTotalCount(long increment) {
            publish(indexed.get(), total.addAndGet(increment));
          }

          @Override
          public void indexingCompleted() {
            // the completion stage below records the end
          }
        };
    log.info("Rebuilding the search index from the database");
    CompletableFuture<IndexStatus> job =
        Search.mapping(entityManagerFactory)
            .scope(Object.class)
            .massIndexer()
            .typesToIndexInParallel(1)
            .threadsToLoadObjects(1)
            .batchSizeToLoadObjects(LOAD_BATCH)
            .purgeAllOnStart(true)
            .monitor(monitor)
            .start()
            .toCompletableFuture()
            .handle(
                (ignored, failure) -> {
                  Instant end = clock.instant();
                  Duration took = Duration.between(started, end);
                  IndexStatus last =
                      failure == null
                          ? new IndexStatus(
                              IndexStatus.State.DONE,
                              indexed.get(),
                              Math.max(total.get(), indexed.get()),
                              end,
                              took,
                              null)
                          : new IndexStatus(
                              IndexStatus.State.FAILED,
                              indexed.get(),
                              total.get(),
                              end,
                              took,
                              String.valueOf(failure.getMessage()));
                  status.set(last);
                  if (failure == null) {
                    log.info("Search index rebuilt: {} documents in {}", indexed.get(), took);
                  } else {
                    log.error("Rebuilding the search index failed", failure);
                  }
                  return last;
                });
    running = job;
    return job;
  }

  /** How many messages the index holds. */
  @Transactional(readOnly = true)
  public long indexedMessages() {
    return Search.session(entityManager)
        .search(ConversationMessage.class)
        .where(f -> f.matchAll())
        .fetchTotalHitCount();
  }

  /** How many messages the database holds. */
  @Transactional(readOnly = true)
  public long storedMessages() {
    return entityManager
        .createQuery("select count(m) from ConversationMessage m", Long.class)
        .getSingleResult();
  }

  /** How many searchable documents the database holds: messages and QA reviews. */
  @Transactional(readOnly = true)
  public long storedDocuments() {
    return storedMessages()
        + entityManager.createQuery("select count(r) from Review r", Long.class).getSingleResult();
  }

  private void publish(long indexed, long total) {
    status.updateAndGet(
        s ->
            s.running()
                ? new IndexStatus(IndexStatus.State.RUNNING, indexed, total, null, null, null)
                : s);
  }
}
