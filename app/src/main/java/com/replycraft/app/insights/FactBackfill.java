package com.replycraft.app.insights;

import com.replycraft.app.StartupTask;
import com.replycraft.app.conversation.ConversationStatus;
import com.replycraft.app.conversation.ThreadMessage;
import com.replycraft.scoring.Scores;
import com.replycraft.scoring.escalation.Recommendation;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, derives the facts of every conversation that has none (stored before insights
 * existed, or by a bulk load that bypassed the service), and of all of them when the zone or the
 * business hours changed. Reads the tables page by page with plain JDBC: a million messages take
 * seconds, not the minutes an entity walk would.
 */
@Component
@Order(50)
class FactBackfill implements StartupTask {

  private static final Logger log = LoggerFactory.getLogger(FactBackfill.class);
  private static final String SIGNATURE = "signature";
  private static final int PAGE = 1000;

  private final JdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate named;
  private final TransactionTemplate transactions;
  private final FactCalculator calculator;
  private final FactStore store;
  private final InsightsCalendar calendar;

  FactBackfill(
      JdbcTemplate jdbc,
      TransactionTemplate transactions,
      FactCalculator calculator,
      FactStore store,
      InsightsCalendar calendar) {
    this.jdbc = jdbc;
    this.named = new NamedParameterJdbcTemplate(jdbc);
    this.transactions = transactions;
    this.calculator = calculator;
    this.store = store;
    this.calendar = calendar;
  }

  @Override
  public void run() {
    long started = System.nanoTime();
    int done = backfill();
    if (done > 0) {
      log.info(
          "Insights: derived the facts of {} conversations in {} ms",
          done,
          (System.nanoTime() - started) / 1_000_000);
    }
  }

  /**
   * Derives the missing facts (all of them after a settings change).
   *
   * @return the number of conversations read
   */
  int backfill() {
    if (!calendar.signature().equals(store.state(SIGNATURE))) {
      transactions.executeWithoutResult(
          t -> {
            store.deleteAll();
            store.setState(SIGNATURE, calendar.signature());
          });
    }
    int read = 0;
    long after = 0;
    while (true) {
      List<Header> page =
          jdbc.query(
              "select c.id, c.channel, c.status, c.qa_escalation, c.qa_finding_codes from"
                  + " conversation c where c.id > ? and not exists (select 1 from"
                  + " conversation_fact f where f.conversation_id = c.id) order by c.id fetch"
                  + " first "
                  + PAGE
                  + " rows only",
              FactBackfill::header,
              after);
      if (page.isEmpty()) {
        return read;
      }
      after = page.get(page.size() - 1).id();
      transactions.executeWithoutResult(t -> derive(page));
      read += page.size();
    }
  }

  private void derive(List<Header> page) {
    Map<Long, List<ThreadMessage>> messages = new HashMap<>();
    // A range, not IN (:ids): H2 reads an IN list of parameters with a full scan, a range through
    // the (conversation_id, position) index. Ids of the range outside the page are skipped.
    Set<Long> wanted = page.stream().map(Header::id).collect(Collectors.toSet());
    named.query(
        "select conversation_id, position, author, agent_id, sent_at, text, score_overall,"
            + " score_tone, score_clarity, score_delay, score_empathy, score_channel_fit from"
            + " conversation_message where conversation_id between :first and :last order by"
            + " conversation_id, position",
        Map.of("first", page.get(0).id(), "last", page.get(page.size() - 1).id()),
        rs -> {
          long conversationId = rs.getLong(1);
          if (!wanted.contains(conversationId)) {
            return;
          }
          messages
              .computeIfAbsent(conversationId, id -> new ArrayList<>())
              .add(
                  new ThreadMessage(
                      rs.getInt(2),
                      Author.valueOf(rs.getString(3)),
                      rs.getString(4),
                      rs.getObject(5, OffsetDateTime.class).toInstant(),
                      rs.getString(6),
                      scores(rs)));
        });
    Map<Long, ConversationFacts> facts = new LinkedHashMap<>();
    for (Header h : page) {
      FactInput input =
          new FactInput(
              h.id(),
              h.channel(),
              h.status(),
              messages.getOrDefault(h.id(), List.of()),
              h.escalation(),
              h.codes());
      calculator.facts(input).ifPresent(f -> facts.put(h.id(), f));
    }
    store.replace(facts.keySet(), List.copyOf(facts.values()));
  }

  private static @Nullable Scores scores(ResultSet rs) throws SQLException {
    int overall = rs.getInt(7);
    if (rs.wasNull()) {
      return null;
    }
    return new Scores(
        rs.getInt(8),
        rs.getInt(9),
        (Integer) rs.getObject(10),
        rs.getInt(11),
        rs.getInt(12),
        overall);
  }

  private static Header header(ResultSet rs, int row) throws SQLException {
    String escalation = rs.getString(4);
    String codes = rs.getString(5);
    return new Header(
        rs.getLong(1),
        Channel.valueOf(rs.getString(2)),
        ConversationStatus.valueOf(rs.getString(3)),
        escalation == null ? null : Recommendation.valueOf(escalation),
        codes == null || codes.isBlank() ? List.of() : List.of(codes.split(",")));
  }

  private record Header(
      long id,
      Channel channel,
      ConversationStatus status,
      @Nullable Recommendation escalation,
      List<String> codes) {}
}
