package com.replycraft.app.insights;

import com.replycraft.app.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Async KPIs and quality trends for a period and a viewer: reviewers, trainers and admins see every
 * team; an agent sees only the work of their own agent ids, whatever the grouping.
 */
@Service
public class InsightsService {

  static final int TOP_CODES = 10;
  static final String ALL = "All";

  private final InsightsQueries queries;
  private final AgentRoster roster;
  private final ReviewedScores reviewed;
  private final InsightsCalendar calendar;
  private final Clock clock;

  InsightsService(
      InsightsQueries queries,
      AgentRoster roster,
      ReviewedScores reviewed,
      InsightsCalendar calendar,
      Clock clock) {
    this.queries = queries;
    this.roster = roster;
    this.reviewed = reviewed;
    this.calendar = calendar;
    this.clock = clock;
  }

  /**
   * The scope of a signed-in user or API token owner.
   *
   * @param roles role names (e.g. "AGENT")
   */
  public InsightsScope scopeOf(String username, Collection<String> roles) {
    boolean lead =
        roles.contains(Role.REVIEWER_NAME)
            || roles.contains(Role.TRAINER_NAME)
            || roles.contains(Role.ADMIN_NAME);
    return new InsightsScope(username, lead ? null : roster.agentIdsOf(username));
  }

  /** Today in the insights zone. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(calendar.zone()));
  }

  /** Whether any channel has business hours (else business time equals calendar time). */
  public boolean businessHoursConfigured() {
    return calendar.hasBusinessHours();
  }

  public String zone() {
    return calendar.zone().getId();
  }

  @Transactional(readOnly = true)
  public List<Kpis> kpis(InsightsScope scope, GroupBy groupBy, LocalDate from, LocalDate to) {
    FactFilter filter = new FactFilter(from, to, scope.agentIds());
    return switch (groupBy) {
      case CHANNEL -> queries.kpis(InsightsQueries.Grouping.CHANNEL, filter, clock.instant());
      case AGENT -> queries.kpis(InsightsQueries.Grouping.AGENT, filter, clock.instant());
      case TEAM -> byTeam(scope, filter);
    };
  }

  /** Everything the Insights page shows. */
  @Transactional(readOnly = true)
  public Trends.Report report(
      InsightsScope scope, GroupBy groupBy, Period period, LocalDate from, LocalDate to) {
    FactFilter filter = new FactFilter(from, to, scope.agentIds());
    List<Kpis> all = queries.kpis(InsightsQueries.Grouping.constant(ALL), filter, clock.instant());
    return new Trends.Report(
        all.isEmpty() ? empty() : all.get(0),
        kpis(scope, groupBy, from, to),
        queries.firstResponse(period, filter),
        queries.kpis(InsightsQueries.Grouping.CHANNEL, filter, clock.instant()),
        queries.dimensions(period, filter),
        reviewed.byPeriod(period, filter),
        queries.topCodes(filter, TOP_CODES),
        queries.escalations(filter),
        leaderboard(filter));
  }

  private List<Trends.Improvement> leaderboard(FactFilter filter) {
    long days = ChronoUnit.DAYS.between(filter.from(), filter.to()) + 1;
    LocalDate middle = filter.from().plusDays(days / 2);
    List<Trends.Improvement> rows = new ArrayList<>();
    for (Trends.Improvement i : queries.halves(filter, middle)) {
      rows.add(
          new Trends.Improvement(
              i.agentId(),
              roster.nameOf(i.agentId()),
              i.firstHalfReplies(),
              i.firstHalfScore(),
              i.secondHalfReplies(),
              i.secondHalfScore()));
    }
    rows.sort(Comparator.comparingDouble(Trends.Improvement::change).reversed());
    return rows;
  }

  private List<Kpis> byTeam(InsightsScope scope, FactFilter filter) {
    List<Kpis> rows = new ArrayList<>();
    for (Map.Entry<String, Set<String>> team : roster.teams().entrySet()) {
      Set<String> ids = new HashSet<>(team.getValue());
      if (scope.agentIds() != null) {
        ids.retainAll(scope.agentIds());
      }
      if (ids.isEmpty()) {
        continue;
      }
      rows.addAll(
          queries.kpis(
              InsightsQueries.Grouping.constant(team.getKey()),
              filter.withAgents(ids),
              clock.instant()));
    }
    return rows;
  }

  private static Kpis empty() {
    return new Kpis(ALL, 0, null, null, null, null, null, null, null, null, null);
  }
}
