package com.replycraft.app.review.queue;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.conversation.ImportedThread;
import com.replycraft.app.conversation.NewThread;
import com.replycraft.app.conversation.ThreadAudit;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.escalation.Recommendation;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The queue on hand-made conversations: each is stored with an audit whose signals the test
 * chooses, so the expected order and filters are known without depending on the scorer's judgement.
 */
@ReplyCraftTest
class ReviewQueueServiceTest {

  @Autowired ReviewQueueService queue;
  @Autowired ConversationService conversations;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  /** The signals of one hand-made audit. */
  private record Signals(
      int overall,
      @Nullable Severity worst,
      boolean breached,
      boolean frustrated,
      boolean distressed,
      Recommendation advice,
      String codes) {

    static Signals calm(int overall) {
      return new Signals(overall, null, false, false, false, Recommendation.STAY_ASYNC, "");
    }
  }

  private long store(String name, String agent, Channel channel, Instant lastAt, Signals s) {
    String externalId = "queue-" + run + "-" + name;
    NewThread thread =
        new NewThread(
            externalId,
            channel,
            null,
            new Customer(name, null, null, null),
            null,
            List.of(
                new NewThread.Message(
                    Author.CUSTOMER, lastAt.minusSeconds(3600), "Where is my order?", null),
                new NewThread.Message(Author.AGENT, lastAt, "It ships today.", agent)));
    ThreadAudit audit =
        new ThreadAudit(
            List.of(),
            s.overall(),
            s.worst(),
            s.advice(),
            s.breached(),
            s.codes(),
            "[]",
            "{}",
            s.frustrated(),
            s.distressed());
    conversations.importBatch(
        List.of(new ImportedThread(thread, false, null)), (channel1, customer, messages) -> audit);
    return conversations.idOfExternal(externalId).orElseThrow();
  }

  private QueueFilter agent(String agentId) {
    return new QueueFilter(null, agentId, null, null, null, null, Set.of(), false, null);
  }

  private List<Long> ids(QueueFilter filter) {
    return queue.page(filter, 0, 100).stream().map(QueueRow::id).toList();
  }

  @Test
  void the_queue_puts_critical_then_breached_then_upset_then_missed_escalation_then_low_score() {
    String a = "agent-" + run;
    Instant at = Instant.parse("2026-03-02T10:00:00Z");
    long lowScore = store("low-score", a, Channel.EMAIL, at, Signals.calm(40));
    long highScore = store("high-score", a, Channel.EMAIL, at, Signals.calm(95));
    long missed =
        store(
            "missed",
            a,
            Channel.EMAIL,
            at,
            new Signals(
                90,
                Severity.MAJOR,
                false,
                false,
                false,
                Recommendation.OFFER_SYNC,
                "ESCALATION_NOT_OFFERED"));
    long distressed =
        store(
            "distressed",
            a,
            Channel.EMAIL,
            at,
            new Signals(99, null, false, false, true, Recommendation.STAY_ASYNC, ""));
    long breached =
        store(
            "breached",
            a,
            Channel.EMAIL,
            at,
            new Signals(99, Severity.MAJOR, true, false, false, Recommendation.STAY_ASYNC, ""));
    long critical =
        store(
            "critical",
            a,
            Channel.EMAIL,
            at,
            new Signals(
                99,
                Severity.CRITICAL,
                false,
                false,
                false,
                Recommendation.STAY_ASYNC,
                "BLAME_LANGUAGE"));

    List<QueueRow> rows = queue.page(agent(a), 0, 10);

    assertThat(rows)
        .extracting(QueueRow::id)
        .containsExactly(critical, breached, distressed, missed, lowScore, highScore);
    assertThat(rows.get(0).reasons()).containsExactly(RiskReason.CRITICAL_FINDING);
    assertThat(rows.get(2).reasons()).containsExactly(RiskReason.DISTRESSED);
    assertThat(rows.get(3).reasons()).containsExactly(RiskReason.ESCALATION_MISSED);
    assertThat(rows.get(4).reasons()).isEmpty();
    assertThat(rows.get(0).customer()).isEqualTo("critical");
    assertThat(rows.get(0).agentId()).isEqualTo(a);
    assertThat(rows.get(0).lastMessageAt()).isEqualTo(at);
    assertThat(queue.count(agent(a))).isEqualTo(6);
    assertThat(queue.agentIds()).contains(a);
  }

  @Test
  void a_page_is_a_window_of_the_same_order() {
    String a = "pager-" + run;
    Instant at = Instant.parse("2026-03-03T10:00:00Z");
    IntStream.range(0, 7).forEach(i -> store("p" + i, a, Channel.TICKET, at, Signals.calm(i * 10)));

    List<Long> all = ids(agent(a));
    List<Long> second = queue.page(agent(a), 3, 3).stream().map(QueueRow::id).toList();

    assertThat(all).hasSize(7);
    assertThat(second).isEqualTo(all.subList(3, 6));
  }

  @Test
  void filters_narrow_by_channel_date_score_finding_code_and_missed_escalation() {
    String a = "filter-" + run;
    long email =
        store(
            "email",
            a,
            Channel.EMAIL,
            Instant.parse("2026-04-01T12:00:00Z"),
            new Signals(
                55,
                Severity.MAJOR,
                false,
                false,
                false,
                Recommendation.STAY_ASYNC,
                "VAGUE_TIMEFRAME,NO_NEXT_STEP"));
    long chat =
        store(
            "chat",
            a,
            Channel.LIVE_CHAT,
            Instant.parse("2026-04-03T12:00:00Z"),
            new Signals(
                80,
                Severity.MAJOR,
                false,
                true,
                false,
                Recommendation.ESCALATE_NOW,
                "ESCALATION_NOT_OFFERED"));
    long offered =
        store(
            "advised-but-fine",
            a,
            Channel.MESSAGING,
            Instant.parse("2026-04-05T12:00:00Z"),
            new Signals(92, null, false, true, false, Recommendation.OFFER_SYNC, ""));

    QueueFilter base = agent(a);
    assertThat(
            ids(
                new QueueFilter(
                    Channel.LIVE_CHAT, a, null, null, null, null, Set.of(), false, null)))
        .containsExactly(chat);
    assertThat(
            ids(
                new QueueFilter(
                    null,
                    a,
                    LocalDate.of(2026, 4, 2),
                    LocalDate.of(2026, 4, 3),
                    null,
                    null,
                    Set.of(),
                    false,
                    null)))
        .containsExactly(chat);
    assertThat(ids(new QueueFilter(null, a, null, null, 60, 90, Set.of(), false, null)))
        .containsExactly(chat);
    assertThat(
            ids(
                new QueueFilter(
                    null,
                    a,
                    null,
                    null,
                    null,
                    null,
                    Set.of("NO_NEXT_STEP", "ESCALATION_NOT_OFFERED"),
                    false,
                    null)))
        .containsExactlyInAnyOrder(email, chat);
    assertThat(
            ids(
                new QueueFilter(
                    null, a, null, null, null, null, Set.of("VAGUE_TIMEFRAME"), false, null)))
        .containsExactly(email);
    assertThat(ids(new QueueFilter(null, a, null, null, null, null, Set.of(), true, null)))
        .containsExactly(chat);
    assertThat(ids(base.onlyThese(Set.of(offered, email))))
        .containsExactlyInAnyOrder(offered, email);
    assertThat(LocalDate.ofInstant(Instant.parse("2026-04-03T12:00:00Z"), ZoneOffset.UTC))
        .isEqualTo(LocalDate.of(2026, 4, 3));
  }

  @Test
  void a_spotlight_draws_n_per_agent_and_the_riskiest_the_same_way_for_the_same_seed() {
    // A period nobody else's data falls in: a random day in 2011.
    LocalDate day = LocalDate.of(2011, 1, 1).plusDays(new Random().nextInt(360));
    Instant at = day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    String anna = "anna-" + run;
    String ben = "ben-" + run;
    Set<Long> annas = new HashSet<>();
    Set<Long> bens = new HashSet<>();
    for (int i = 0; i < 6; i++) {
      annas.add(store("anna" + i, anna, Channel.EMAIL, at, Signals.calm(90 - i)));
      bens.add(store("ben" + i, ben, Channel.EMAIL, at, Signals.calm(80 - i)));
    }
    long riskiest =
        store(
            "riskiest",
            "carla-" + run,
            Channel.EMAIL,
            at,
            new Signals(
                20,
                Severity.CRITICAL,
                true,
                true,
                false,
                Recommendation.ESCALATE_NOW,
                "ESCALATION_NOT_OFFERED"));
    store("outside", anna, Channel.EMAIL, at.plusSeconds(3 * 86_400), Signals.calm(1));

    Spotlight first = queue.spotlight(day, day, 2, 1, 4711);
    Spotlight again = queue.spotlight(day, day, 2, 1, 4711);

    assertThat(first.riskiestPicks()).containsExactly(riskiest);
    assertThat(first.randomPicks()).filteredOn(annas::contains).hasSize(2);
    assertThat(first.randomPicks()).filteredOn(bens::contains).hasSize(2);
    // carla has one conversation in the period: it is drawn, and is also the riskiest.
    assertThat(first.randomPicks()).hasSize(5).contains(riskiest);
    assertThat(first.ids()).hasSize(5);
    assertThat(again).isEqualTo(first);
    assertThat(
            IntStream.range(0, 20)
                .mapToObj(seed -> queue.spotlight(day, day, 2, 1, seed).randomPicks())
                .distinct()
                .count())
        .as("other seeds draw other samples")
        .isGreaterThan(1);
    List<QueueRow> shown = queue.page(QueueFilter.ALL.onlyThese(first.ids()), 0, 50);
    assertThat(shown).hasSize(5);
    assertThat(shown.get(0).id()).isEqualTo(riskiest);
    assertThat(first.describe()).contains("seed 4711").contains("2 random");
  }

  @Test
  void a_draw_takes_each_id_at_most_once() {
    List<Long> ids = List.of(1L, 2L, 3L, 4L, 5L);

    assertThat(ReviewQueueService.draw(ids, 3, new Random(1))).hasSize(3).doesNotHaveDuplicates();
    assertThat(ReviewQueueService.draw(ids, 9, new Random(1)))
        .containsExactlyInAnyOrderElementsOf(ids);
    assertThat(ReviewQueueService.draw(ids, 3, new Random(7)))
        .isEqualTo(ReviewQueueService.draw(ids, 3, new Random(7)));
  }
}
