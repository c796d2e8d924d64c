package com.replycraft.app.insights;

import com.replycraft.scoring.FindingCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every KPI and trend is one aggregate over the fact tables (GROUP BY with PERCENTILE_CONT ...
 * WITHIN GROUP, which H2 2.x and PostgreSQL both evaluate), read through the (local_day, ...) and
 * (agent_id, local_day) indexes of V9. Nothing here loops over conversations.
 */
@Repository
class InsightsQueries {

  /** What a KPI row is grouped by: a column of the fact tables, or one constant (a team). */
  record Grouping(String expression, boolean constant) {
    static final Grouping CHANNEL = new Grouping("channel", false);
    static final Grouping AGENT = new Grouping("coalesce(agent_id, '" + Kpi.NO_AGENT + "')", false);

    /** One row for all the filtered facts (PostgreSQL refuses GROUP BY a constant: none). */
    static Grouping constant(String label) {
      return new Grouping("'" + label.replace("'", "''") + "'", true);
    }

    String groupBy() {
      return constant ? "" : " group by " + expression;
    }

    String orderBy() {
      return constant ? "" : " order by " + expression;
    }
  }

  private final NamedParameterJdbcTemplate jdbc;

  InsightsQueries(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** KPI rows per group, in group order. */
  List<Kpis> kpis(Grouping grouping, FactFilter filter, Instant now) {
    if (filter.matchesNothing()) {
      return List.of();
    }
    String g = grouping.expression();
    Map<String, Object> p = filter.parameters();
    p.put("now", now.atOffset(ZoneOffset.UTC));
    Map<String, double[]> responses = new LinkedHashMap<>();
    Map<String, Double> nextMedians = new LinkedHashMap<>();
    jdbc.query(
        "select "
            + g
            + " as grp, percentile_cont(0.5) within group (order by case when turn_start and not"
            + " first_turn then wait_seconds end) as next_median, sum(case when within_target then"
            + " 1 else 0 end) as met, sum(case when within_target_business then 1 else 0 end) as"
            + " met_business, sum(case when within_target is not null or (answered_at is null"
            + " and not closing and due_at < :now) then 1 else 0 end) as due from response_fact"
            + filter.where()
            + grouping.groupBy(),
        p,
        rs -> {
          String group = rs.getString("grp");
          responses.put(
              group,
              new double[] {rs.getLong("met"), rs.getLong("met_business"), rs.getLong("due")});
          nextMedians.put(group, number(rs, "next_median"));
        });
    List<Kpis> rows =
        jdbc.query(
            "select "
                + g
                + " as grp, count(*) as conversations, percentile_cont(0.5) within group (order by"
                + " first_response_seconds) as fr_median, percentile_cont(0.9) within group (order by"
                + " first_response_seconds) as fr_p90, percentile_cont(0.5) within group (order by"
                + " first_response_business_seconds) as frb_median, percentile_cont(0.5) within group"
                + " (order by cycle_seconds) as cycle_median, avg(case when resolved then 1.0 else 0.0"
                + " end) as resolution, avg(case when silent_drop then 1.0 else 0.0 end) as silent"
                + " from conversation_fact"
                + filter.where()
                + grouping.groupBy()
                + grouping.orderBy(),
            p,
            (rs, row) -> {
              String group = rs.getString("grp");
              double[] r = responses.get(group);
              return new Kpis(
                  group,
                  rs.getLong("conversations"),
                  minutes(number(rs, "fr_median")),
                  minutes(number(rs, "fr_p90")),
                  minutes(number(rs, "frb_median")),
                  minutes(nextMedians.get(group)),
                  hours(number(rs, "cycle_median")),
                  number(rs, "resolution"),
                  r == null || r[2] == 0 ? null : r[0] / r[2],
                  r == null || r[2] == 0 ? null : r[1] / r[2],
                  number(rs, "silent"));
            });
    // Without GROUP BY an empty filter still answers one row, of zero conversations.
    return rows.stream().filter(k -> k.conversations() > 0).toList();
  }

  List<Trends.ResponsePeriod> firstResponse(Period period, FactFilter filter) {
    if (filter.matchesNothing()) {
      return List.of();
    }
    String c = period.column();
    return jdbc.query(
        "select "
            + c
            + " as period, count(*) as conversations, percentile_cont(0.5) within group (order by"
            + " first_response_seconds) as fr_median, percentile_cont(0.9) within group (order by"
            + " first_response_seconds) as fr_p90, percentile_cont(0.5) within group (order by"
            + " first_response_business_seconds) as frb_median from conversation_fact"
            + filter.where()
            + " group by "
            + c
            + " order by "
            + c,
        filter.parameters(),
        (rs, row) ->
            new Trends.ResponsePeriod(
                rs.getObject("period", LocalDate.class),
                rs.getLong("conversations"),
                minutes(number(rs, "fr_median")),
                minutes(number(rs, "fr_p90")),
                minutes(number(rs, "frb_median"))));
  }

  List<Trends.DimensionPeriod> dimensions(Period period, FactFilter filter) {
    if (filter.matchesNothing()) {
      return List.of();
    }
    String c = period.column();
    return jdbc.query(
        "select "
            + c
            + " as period, count(*) as replies, avg(score_overall * 1.0) as overall,"
            + " avg(score_tone * 1.0) as tone, avg(score_clarity * 1.0) as clarity,"
            + " avg(score_delay * 1.0) as delay, avg(score_empathy * 1.0) as empathy,"
            + " avg(score_channel_fit * 1.0) as fit from quality_fact"
            + filter.where()
            + " group by "
            + c
            + " order by "
            + c,
        filter.parameters(),
        (rs, row) ->
            new Trends.DimensionPeriod(
                rs.getObject("period", LocalDate.class),
                rs.getLong("replies"),
                number(rs, "overall"),
                number(rs, "tone"),
                number(rs, "clarity"),
                number(rs, "delay"),
                number(rs, "empathy"),
                number(rs, "fit")));
  }

  List<Trends.CodeCount> topCodes(FactFilter filter, int limit) {
    if (filter.matchesNothing()) {
      return List.of();
    }
    return jdbc.query(
        "select code, count(*) as n from finding_fact"
            + filter.where()
            + " group by code order by count(*) desc, code fetch first "
            + limit
            + " rows only",
        filter.parameters(),
        (rs, row) -> {
          String code = rs.getString("code");
          return new Trends.CodeCount(code, dimensionOf(code), rs.getLong("n"));
        });
  }

  Trends.Escalations escalations(FactFilter filter) {
    if (filter.matchesNothing()) {
      return new Trends.Escalations(0, 0, 0);
    }
    List<Trends.Escalations> rows =
        jdbc.query(
            "select count(*) as n, sum(case when escalation_recommended then 1 else 0 end) as rec,"
                + " sum(case when escalation_offered then 1 else 0 end) as offered from"
                + " conversation_fact"
                + filter.where(),
            filter.parameters(),
            (rs, row) ->
                new Trends.Escalations(rs.getLong("n"), rs.getLong("rec"), rs.getLong("offered")));
    return rows.get(0);
  }

  /** Per agent: replies and average overall score before {@code middle} and from it on. */
  List<Trends.Improvement> halves(FactFilter filter, LocalDate middle) {
    if (filter.matchesNothing()) {
      return List.of();
    }
    Map<String, Object> p = filter.parameters();
    p.put("middle", middle);
    List<Trends.Improvement> rows = new ArrayList<>();
    jdbc.query(
        "select agent_id, count(case when local_day < :middle then 1 end) as n1, avg(case when"
            + " local_day < :middle then score_overall * 1.0 end) as s1, count(case when local_day"
            + " >= :middle then 1 end) as n2, avg(case when local_day >= :middle then"
            + " score_overall * 1.0 end) as s2 from quality_fact"
            + filter.where()
            + " and agent_id is not null group by agent_id",
        p,
        rs -> {
          Double s1 = number(rs, "s1");
          Double s2 = number(rs, "s2");
          if (s1 != null && s2 != null) {
            String id = rs.getString("agent_id");
            rows.add(new Trends.Improvement(id, id, rs.getLong("n1"), s1, rs.getLong("n2"), s2));
          }
        });
    return rows;
  }

  private static String dimensionOf(String code) {
    try {
      return Kpi.dimensionLabel(FindingCode.valueOf(code).dimension());
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  private static @Nullable Double number(ResultSet rs, String column) throws SQLException {
    Object value = rs.getObject(column);
    return value instanceof Number n ? n.doubleValue() : null;
  }

  private static @Nullable Double minutes(@Nullable Double seconds) {
    return seconds == null ? null : seconds / 60.0;
  }

  private static @Nullable Double hours(@Nullable Double seconds) {
    return seconds == null ? null : seconds / 3600.0;
  }

  static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }
}
