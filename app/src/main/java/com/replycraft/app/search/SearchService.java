package com.replycraft.app.search;

import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.common.EntityReference;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers searches over the indexed messages with Hibernate Search's DSL only (no Lucene types), so
 * the same code runs on its Elasticsearch backend.
 *
 * <p>The words are read in simple query syntax with AND between words: {@code refund "on hold"
 * -bot} finds messages with "refund" (or refunded, refunds...) and the phrase "on hold" but not
 * "bot"; {@code refund | chargeback} finds either. Hits are ordered by relevance, ties and
 * filter-only searches newest first.
 */
@Service
public class SearchService {

  public static final int MAX_PAGE_SIZE = 100;

  /**
   * Characters of a hit's opening shown when only filters matched. (The unified highlighter cuts
   * fragments at sentence boundaries, so matched fragments are whole sentences.)
   */
  static final int FRAGMENT_SIZE = 160;

  static final int FRAGMENTS = 3;

  /**
   * The indexed entities a search covers, by entity name (the review entity is its feature's own);
   * each maps the fields of {@link SearchFields}.
   */
  private static final List<String> TYPES = List.of("ConversationMessage", "Review");

  private static final String REVIEW = "Review";

  private final EntityManager entityManager;

  SearchService(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  /**
   * One page of hits.
   *
   * @param offset index of the first hit wanted (0 = best)
   * @param limit how many hits at most, 1 to {@link #MAX_PAGE_SIZE}
   */
  @Transactional(readOnly = true)
  public SearchPage search(SearchQuery query, int offset, int limit) {
    if (offset < 0) {
      throw new InvalidSearchException("page", "must be 0 or more");
    }
    if (limit < 1 || limit > MAX_PAGE_SIZE) {
      throw new InvalidSearchException("size", "must be between 1 and " + MAX_PAGE_SIZE);
    }
    if (query.isEmpty()) {
      return SearchPage.empty(offset);
    }
    SearchResult<SearchHit> result =
        Search.session(entityManager)
            .search(scope())
            .select(this::hit)
            .where((f, root) -> predicates(query, f, root))
            .sort(
                f ->
                    query.hasText()
                        ? f.score().then().field(SearchFields.AT).desc()
                        : f.field(SearchFields.AT).desc())
            .highlighter(
                h -> h.unified().tag(Highlight.START, Highlight.END).numberOfFragments(FRAGMENTS))
            .fetch(offset, limit);
    return new SearchPage(result.total().hitCount(), offset, result.hits());
  }

  /** How many hits a search has, without fetching any. */
  @Transactional(readOnly = true)
  public long count(SearchQuery query) {
    if (query.isEmpty()) {
      return 0;
    }
    return Search.session(entityManager)
        .search(scope())
        .where((f, root) -> predicates(query, f, root))
        .fetchTotalHitCount();
  }

  private SearchScope<Object> scope() {
    return Search.session(entityManager).scope(Object.class, TYPES);
  }

  private static void predicates(
      SearchQuery query, SearchPredicateFactory f, SimpleBooleanPredicateClausesCollector<?> root) {
    if (query.text() != null) {
      root.add(
          f.simpleQueryString()
              .field(SearchFields.TEXT)
              .field(SearchFields.TEXT_EXACT)
              .boost(2.0f)
              .matching(query.text())
              .defaultOperator(BooleanOperator.AND));
    }
    if (query.channel() != null) {
      root.add(f.match().field(SearchFields.CHANNEL).matching(query.channel()));
    }
    if (query.author() != null) {
      root.add(f.match().field(SearchFields.AUTHOR).matching(query.author()));
    }
    if (query.agentId() != null) {
      root.add(f.match().field(SearchFields.AGENT_ID).matching(query.agentId()));
    }
    if (query.from() != null) {
      Instant start = query.from().atStartOfDay(ZoneOffset.UTC).toInstant();
      root.add(f.range().field(SearchFields.AT).atLeast(start));
    }
    if (query.to() != null) {
      Instant end = query.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
      root.add(f.range().field(SearchFields.AT).lessThan(end));
    }
  }

  private ProjectionFinalStep<SearchHit> hit(SearchProjectionFactory<EntityReference, ?> f) {
    return f.composite()
        .from(
            f.entityReference(),
            f.field(SearchFields.CONVERSATION_ID, Long.class),
            f.field(SearchFields.CONVERSATION_REF, String.class),
            f.field(SearchFields.CHANNEL, Channel.class),
            f.field(SearchFields.AUTHOR, Author.class),
            f.field(SearchFields.AGENT_ID, String.class),
            f.field(SearchFields.AT, Instant.class),
            f.field(SearchFields.POSITION, Integer.class),
            f.field(SearchFields.WORST_SEVERITY, Severity.class),
            f.highlight(SearchFields.TEXT),
            f.field(SearchFields.TEXT, String.class))
        .asList(SearchService::hit);
  }

  @SuppressWarnings("unchecked")
  private static SearchHit hit(List<?> v) {
    EntityReference reference = (EntityReference) v.get(0);
    long conversationId = v.get(1) == null ? 0 : (Long) v.get(1);
    List<String> fragments = v.get(9) == null ? List.of() : (List<String>) v.get(9);
    String text = v.get(10) == null ? "" : (String) v.get(10);
    List<Highlight> highlights =
        fragments.isEmpty()
            ? List.of(Highlight.plain(opening(text)))
            : fragments.stream().map(Highlight::parse).toList();
    boolean comment = REVIEW.equals(reference.name());
    return new SearchHit(
        comment ? SearchHit.Kind.REVIEW_COMMENT : SearchHit.Kind.MESSAGE,
        ((Number) reference.id()).longValue(),
        conversationId,
        (String) v.get(2),
        (Channel) v.get(3),
        (Author) v.get(4),
        (String) v.get(5),
        v.get(6) == null ? Instant.EPOCH : (Instant) v.get(6),
        v.get(7) == null ? -1 : (Integer) v.get(7),
        (Severity) v.get(8),
        highlights,
        comment ? "reviews/" + reference.id() : "review/" + conversationId);
  }

  /** The start of a text cut at a word boundary, for hits found by filters alone. */
  static String opening(String text) {
    String flat = text.strip().replaceAll("\\s+", " ");
    if (flat.length() <= FRAGMENT_SIZE) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', FRAGMENT_SIZE);
    return flat.substring(0, cut > FRAGMENT_SIZE / 2 ? cut : FRAGMENT_SIZE) + " …";
  }
}
