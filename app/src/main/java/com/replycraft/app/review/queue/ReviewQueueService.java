package com.replycraft.app.review.queue;

import com.replycraft.app.conversation.Conversation;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Channel;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review queue: audited conversations filtered and paged in the database, riskiest first (the
 * stored {@link com.replycraft.app.conversation.QueueRisk}, newest first among equals). Only the
 * columns a queue row shows are read, never the transcripts or findings JSON.
 */
@Service
public class ReviewQueueService {

  private final EntityManager entities;
  private final ZoneId zone;

  ReviewQueueService(EntityManager entities, Clock clock) {
    this.entities = entities;
    this.zone = clock.getZone();
  }

  /** One page of the queue, in risk order. */
  @Transactional(readOnly = true)
  public List<QueueRow> page(QueueFilter filter, int offset, int limit) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<Tuple> query = cb.createTupleQuery();
    Root<Conversation> c = query.from(Conversation.class);
    query.multiselect(
        c.get("id"),
        c.get("externalId"),
        c.get("channel"),
        c.get("customerName"),
        c.get("primaryAgentId"),
        c.get("lastMessageAt"),
        c.get("qaOverall"),
        c.get("qaWorstSeverity"),
        c.get("qaBreached"),
        c.get("customerFrustrated"),
        c.get("customerDistressed"),
        c.get("escalationMissed"),
        c.get("qaRisk"));
    query.where(where(filter, cb, query, c));
    query.orderBy(cb.desc(c.get("qaRisk")), cb.desc(c.get("id")));
    return entities
        .createQuery(query)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultStream()
        .map(ReviewQueueService::row)
        .toList();
  }

  /** How many conversations the filter lets through. */
  @Transactional(readOnly = true)
  public int count(QueueFilter filter) {
    CriteriaBuilder cb = entities.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<Conversation> c = query.from(Conversation.class);
    query.select(cb.count(c)).where(where(filter, cb, query, c));
    return Math.toIntExact(entities.createQuery(query).getSingleResult());
  }

  /** Whether any conversation has been audited for the queue yet. */
  @Transactional(readOnly = true)
  public boolean isEmpty() {
    return entities
        .createQuery("select c.id from Conversation c where c.qaRisk is not null", Long.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** The agent ids the queue files conversations under, in order. */
  @Transactional(readOnly = true)
  public List<String> agentIds() {
    return entities
        .createQuery(
            "select distinct c.primaryAgentId from Conversation c"
                + " where c.primaryAgentId is not null order by c.primaryAgentId",
            String.class)
        .getResultList();
  }

  /**
   * Draws a spotlight sample of the conversations whose last message falls in {@code [from, to]}:
   * for each agent id, {@code perAgent} of its conversations at random (a generator seeded with
   * {@code seed} and the agent id, over the agent's conversations in id order, so one agent's draw
   * does not depend on the others), plus the {@code riskiest} of the period.
   */
  @Transactional(readOnly = true)
  public Spotlight spotlight(LocalDate from, LocalDate to, int perAgent, int riskiest, long seed) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the period ends before it starts");
    }
    Instant start = from.atStartOfDay(zone).toInstant();
    Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
    String inPeriod =
        " from Conversation c where c.qaRisk is not null"
            + " and c.lastMessageAt >= :start and c.lastMessageAt < :end";
    List<String> agents =
        entities
            .createQuery(
                "select distinct c.primaryAgentId"
                    + inPeriod
                    + " and c.primaryAgentId is not null order by c.primaryAgentId",
                String.class)
            .setParameter("start", start)
            .setParameter("end", end)
            .getResultList();
    List<Long> random = new ArrayList<>();
    for (String agent : agents) {
      List<Long> ids =
          entities
              .createQuery(
                  "select c.id" + inPeriod + " and c.primaryAgentId = :agent order by c.id",
                  Long.class)
              .setParameter("start", start)
              .setParameter("end", end)
              .setParameter("agent", agent)
              .getResultList();
      random.addAll(draw(ids, perAgent, new Random(seed * 31 + agent.hashCode())));
    }
    List<Long> risky =
        riskiest <= 0
            ? List.of()
            : entities
                .createQuery(
                    "select c.id" + inPeriod + " order by c.qaRisk desc, c.id desc", Long.class)
                .setParameter("start", start)
                .setParameter("end", end)
                .setMaxResults(riskiest)
                .getResultList();
    return new Spotlight(from, to, perAgent, riskiest, seed, random, risky);
  }

  /** {@code n} of the ids at random (a partial Fisher-Yates shuffle), in draw order. */
  static List<Long> draw(List<Long> ids, int n, Random random) {
    List<Long> pool = new ArrayList<>(ids);
    int take = Math.max(0, Math.min(n, pool.size()));
    for (int i = 0; i < take; i++) {
      int j = i + random.nextInt(pool.size() - i);
      Long swap = pool.get(i);
      pool.set(i, pool.get(j));
      pool.set(j, swap);
    }
    return List.copyOf(pool.subList(0, take));
  }

  private Predicate[] where(
      QueueFilter filter, CriteriaBuilder cb, AbstractQuery<?> query, Root<Conversation> c) {
    List<Predicate> all = new ArrayList<>();
    all.add(cb.isNotNull(c.get("qaRisk")));
    if (filter.channel() != null) {
      all.add(cb.equal(c.get("channel"), filter.channel()));
    }
    if (filter.agentId() != null && !filter.agentId().isBlank()) {
      all.add(cb.equal(c.get("primaryAgentId"), filter.agentId()));
    }
    if (filter.from() != null) {
      all.add(
          cb.greaterThanOrEqualTo(
              c.get("lastMessageAt"), filter.from().atStartOfDay(zone).toInstant()));
    }
    if (filter.to() != null) {
      all.add(
          cb.lessThan(
              c.get("lastMessageAt"), filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }
    if (filter.minScore() != null) {
      all.add(cb.greaterThanOrEqualTo(c.get("qaOverall"), filter.minScore()));
    }
    if (filter.maxScore() != null) {
      all.add(cb.lessThanOrEqualTo(c.get("qaOverall"), filter.maxScore()));
    }
    if (filter.escalationMissed()) {
      all.add(cb.isTrue(c.get("escalationMissed")));
    }
    if (!filter.findingCodes().isEmpty()) {
      Subquery<Integer> hasCode = query.subquery(Integer.class);
      Root<Conversation> same = hasCode.correlate(c);
      hasCode.select(cb.literal(1)).where(same.join("findingCodes").in(filter.findingCodes()));
      all.add(cb.exists(hasCode));
    }
    if (filter.only() != null) {
      all.add(filter.only().isEmpty() ? cb.disjunction() : c.get("id").in(filter.only()));
    }
    return all.toArray(Predicate[]::new);
  }

  private static QueueRow row(Tuple t) {
    List<RiskReason> reasons = new ArrayList<>();
    Severity worst = t.get(7, Severity.class);
    if (worst == Severity.CRITICAL) {
      reasons.add(RiskReason.CRITICAL_FINDING);
    }
    if (Boolean.TRUE.equals(t.get(8, Boolean.class))) {
      reasons.add(RiskReason.BREACHED_WAIT);
    }
    if (Boolean.TRUE.equals(t.get(9, Boolean.class))) {
      reasons.add(RiskReason.FRUSTRATED);
    }
    if (Boolean.TRUE.equals(t.get(10, Boolean.class))) {
      reasons.add(RiskReason.DISTRESSED);
    }
    if (Boolean.TRUE.equals(t.get(11, Boolean.class))) {
      reasons.add(RiskReason.ESCALATION_MISSED);
    }
    String customer = t.get(3, String.class);
    Integer risk = t.get(12, Integer.class);
    return new QueueRow(
        t.get(0, Long.class),
        t.get(1, String.class),
        t.get(2, Channel.class),
        customer == null || customer.isBlank() ? "Unnamed customer" : customer,
        t.get(4, String.class),
        t.get(5, Instant.class),
        t.get(6, Integer.class),
        worst,
        reasons,
        risk == null ? 0 : risk);
  }
}
