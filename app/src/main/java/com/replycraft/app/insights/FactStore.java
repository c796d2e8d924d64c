package com.replycraft.app.insights;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes facts with batched JDBC, in the caller's transaction: a conversation's old facts are
 * deleted and its new ones inserted, so storing a conversation again never double counts.
 */
@Repository
class FactStore {

  private static final List<String> TABLES =
      List.of("conversation_fact", "response_fact", "quality_fact", "finding_fact");

  private final JdbcTemplate jdbc;

  FactStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Replaces the facts of these conversations (ids without facts just lose their old ones). */
  void replace(Collection<Long> conversationIds, List<ConversationFacts> facts) {
    if (!conversationIds.isEmpty()) {
      List<Object[]> ids = conversationIds.stream().map(id -> new Object[] {id}).toList();
      for (String table : TABLES) {
        jdbc.batchUpdate("delete from " + table + " where conversation_id = ?", ids);
      }
    }
    insertConversations(facts);
    insertResponses(facts);
    insertQuality(facts);
    insertFindings(facts);
  }

  void deleteAll() {
    for (String table : TABLES) {
      jdbc.update("delete from " + table);
    }
  }

  @Nullable String state(String name) {
    List<String> values =
        jdbc.queryForList(
            "select state_value from insights_state where state_name = ?", String.class, name);
    return values.isEmpty() ? null : values.get(0);
  }

  void setState(String name, String value) {
    if (jdbc.update("update insights_state set state_value = ? where state_name = ?", value, name)
        == 0) {
      jdbc.update(
          "insert into insights_state (state_name, state_value) values (?, ?)", name, value);
    }
  }

  private void insertConversations(List<ConversationFacts> facts) {
    List<ConversationFacts.Conversation> rows =
        facts.stream().map(ConversationFacts::conversation).toList();
    jdbc.batchUpdate(
        "insert into conversation_fact (conversation_id, channel, agent_id, started_at, local_day,"
            + " local_week, local_month, first_response_seconds, first_response_business_seconds,"
            + " cycle_seconds, resolved, silent_drop, escalation_recommended, escalation_offered)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        500,
        (ps, c) -> {
          ps.setLong(1, c.conversationId());
          ps.setString(2, c.channel().name());
          ps.setString(3, c.agentId());
          ps.setObject(4, utc(c.startedAt()));
          periods(ps, 5, c.localDay());
          longOrNull(ps, 8, c.firstResponseSeconds());
          longOrNull(ps, 9, c.firstResponseBusinessSeconds());
          longOrNull(ps, 10, c.cycleSeconds());
          ps.setBoolean(11, c.resolved());
          ps.setBoolean(12, c.silentDrop());
          ps.setBoolean(13, c.escalationRecommended());
          ps.setBoolean(14, c.escalationOffered());
        });
  }

  private void insertResponses(List<ConversationFacts> facts) {
    record Row(ConversationFacts.Conversation c, ConversationFacts.Response r) {}
    List<Row> rows = new ArrayList<>();
    facts.forEach(f -> f.responses().forEach(r -> rows.add(new Row(f.conversation(), r))));
    jdbc.batchUpdate(
        "insert into response_fact (conversation_id, position, channel, agent_id, customer_at,"
            + " answered_at, due_at, local_day, local_week, local_month, wait_seconds,"
            + " business_wait_seconds, first_turn, turn_start, closing, within_target,"
            + " within_target_business) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        500,
        (ps, row) -> {
          ConversationFacts.Response r = row.r();
          ps.setLong(1, row.c().conversationId());
          ps.setInt(2, r.position());
          ps.setString(3, row.c().channel().name());
          ps.setString(4, r.agentId());
          ps.setObject(5, utc(r.customerAt()));
          if (r.answeredAt() == null) {
            ps.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
          } else {
            ps.setObject(6, utc(r.answeredAt()));
          }
          ps.setObject(7, utc(r.dueAt()));
          periods(ps, 8, r.localDay());
          longOrNull(ps, 11, r.waitSeconds());
          longOrNull(ps, 12, r.businessWaitSeconds());
          ps.setBoolean(13, r.firstTurn());
          ps.setBoolean(14, r.turnStart());
          ps.setBoolean(15, r.closing());
          booleanOrNull(ps, 16, r.withinTarget());
          booleanOrNull(ps, 17, r.withinTargetBusiness());
        });
  }

  private void insertQuality(List<ConversationFacts> facts) {
    record Row(ConversationFacts.Conversation c, ConversationFacts.Quality q) {}
    List<Row> rows = new ArrayList<>();
    facts.forEach(f -> f.quality().forEach(q -> rows.add(new Row(f.conversation(), q))));
    jdbc.batchUpdate(
        "insert into quality_fact (conversation_id, position, channel, agent_id, local_day,"
            + " local_week, local_month, score_overall, score_tone, score_clarity, score_delay,"
            + " score_empathy, score_channel_fit) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
        500,
        (ps, row) -> {
          ConversationFacts.Quality q = row.q();
          ps.setLong(1, row.c().conversationId());
          ps.setInt(2, q.position());
          ps.setString(3, row.c().channel().name());
          ps.setString(4, q.agentId());
          periods(ps, 5, q.localDay());
          ps.setInt(8, q.overall());
          intOrNull(ps, 9, q.tone());
          intOrNull(ps, 10, q.clarity());
          intOrNull(ps, 11, q.delay());
          intOrNull(ps, 12, q.empathy());
          intOrNull(ps, 13, q.channelFit());
        });
  }

  private void insertFindings(List<ConversationFacts> facts) {
    record Row(ConversationFacts.Conversation c, String code) {}
    List<Row> rows = new ArrayList<>();
    facts.forEach(
        f ->
            f.findingCodes().stream()
                .filter(code -> code.length() <= 40)
                .forEach(code -> rows.add(new Row(f.conversation(), code))));
    jdbc.batchUpdate(
        "insert into finding_fact (conversation_id, code, channel, agent_id, local_day)"
            + " values (?, ?, ?, ?, ?)",
        rows,
        500,
        (ps, row) -> {
          ps.setLong(1, row.c().conversationId());
          ps.setString(2, row.code());
          ps.setString(3, row.c().channel().name());
          ps.setString(4, row.c().agentId());
          ps.setObject(5, row.c().localDay());
        });
  }

  /** Day, week (its Monday) and month (its first) at three consecutive parameters. */
  private static void periods(PreparedStatement ps, int index, LocalDate day) throws SQLException {
    ps.setObject(index, day);
    ps.setObject(index + 1, InsightsCalendar.weekOf(day));
    ps.setObject(index + 2, InsightsCalendar.monthOf(day));
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private static void longOrNull(PreparedStatement ps, int index, @Nullable Long value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BIGINT);
    } else {
      ps.setLong(index, value);
    }
  }

  private static void intOrNull(PreparedStatement ps, int index, @Nullable Integer value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }

  private static void booleanOrNull(PreparedStatement ps, int index, @Nullable Boolean value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.BOOLEAN);
    } else {
      ps.setBoolean(index, value);
    }
  }
}
