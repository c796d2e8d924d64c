package com.replycraft.app.insights;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reviewed (human) scores per dimension over time, from the QA reviews' ratings: each rating on a
 * category tied to a dimension, mapped linearly onto 0–100 (the scale's lowest point 0, its highest
 * 100, as the review score does), averaged per period of the reviewed conversation. Reviews live in
 * their own feature's tables; when a build has none, this reports none and the page says so.
 */
@Component
class ReviewedScores {

  private static final String DIMENSION_AVERAGE =
      "avg(case when c.dimension = '%s' then (rr.points - 1) * 100.0 / (case c.scale when 'BINARY'"
          + " then 2 when 'THREE_POINT' then 3 when 'FOUR_POINT' then 4 else 5 end - 1) end) as %s";

  private final DataSource dataSource;
  private final NamedParameterJdbcTemplate jdbc;

  ReviewedScores(DataSource dataSource, NamedParameterJdbcTemplate jdbc) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
  }

  List<Trends.DimensionPeriod> byPeriod(Period period, FactFilter filter) {
    if (filter.matchesNothing()) {
      return List.of();
    }
    Map<String, Object> p = new HashMap<>(filter.parameters());
    String c = "f." + period.column();
    return jdbc.query(
        "select "
            + c
            + " as period, count(distinct r.id) as reviews, avg(r.score) as overall, "
            + String.format(DIMENSION_AVERAGE, "TONE", "tone")
            + ", "
            + String.format(DIMENSION_AVERAGE, "CLARITY", "clarity")
            + ", "
            + String.format(DIMENSION_AVERAGE, "DELAY_ACKNOWLEDGEMENT", "delay")
            + ", "
            + String.format(DIMENSION_AVERAGE, "EMPATHY", "empathy")
            + ", "
            + String.format(DIMENSION_AVERAGE, "CHANNEL_FIT", "fit")
            + " from review r join conversation_fact f on f.conversation_id = r.conversation_id"
            + " join review_rating rr on rr.review_id = r.id join scorecard_category c on c.id ="
            + " rr.category_id where r.status in ('SUBMITTED', 'ACKNOWLEDGED', 'DISPUTED',"
            + " 'RESOLVED') and rr.points is not null and f.local_day between :from and :to"
            + (filter.agentIds() == null ? "" : " and r.agent_id in (:agents)")
            + " group by "
            + c
            + " order by "
            + c,
        p,
        (rs, row) ->
            new Trends.DimensionPeriod(
                rs.getObject("period", LocalDate.class),
                rs.getLong("reviews"),
                number(rs, "overall"),
                number(rs, "tone"),
                number(rs, "clarity"),
                number(rs, "delay"),
                number(rs, "empathy"),
                number(rs, "fit")));
  }

  private static @Nullable Double number(ResultSet rs, String column) throws SQLException {
    Object value = rs.getObject(column);
    return value instanceof Number n ? n.doubleValue() : null;
  }
}
