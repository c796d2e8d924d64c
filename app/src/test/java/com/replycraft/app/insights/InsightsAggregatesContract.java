package com.replycraft.app.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.conversation.NewThread;
import com.replycraft.app.review.ImportService;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The KPI aggregates on a real database: hand-checked conversations stored through the service (so
 * the facts come from the storing hook), read back with GROUP BY and PERCENTILE_CONT. Run on H2
 * ({@link InsightsAggregatesOnH2Test}) and PostgreSQL ({@link InsightsAggregatesOnPostgresIT}).
 */
abstract class InsightsAggregatesContract {

  private static final LocalDate FROM = LocalDate.of(2019, 3, 4);
  private static final LocalDate TO = LocalDate.of(2019, 3, 10);

  @Autowired ConversationService conversations;
  @Autowired ImportService imports;
  @Autowired InsightsQueries queries;
  @Autowired FactBackfill backfill;
  @Autowired JdbcTemplate jdbc;

  private final String suffix = UUID.randomUUID().toString().substring(0, 8);
  private final String ana = "ana-" + suffix;
  private final String ben = "ben-" + suffix;

  private void thread(Channel channel, Object... turns) {
    List<NewThread.Message> messages = new ArrayList<>();
    for (int i = 0; i < turns.length; i += 3) {
      String who = (String) turns[i];
      Author author = who == null ? Author.CUSTOMER : Author.AGENT;
      messages.add(
          new NewThread.Message(
              author, Instant.parse((String) turns[i + 1]), (String) turns[i + 2], who));
    }
    conversations.create(
        new NewThread(
            "insights-" + suffix + "-" + UUID.randomUUID(),
            channel,
            "Test",
            Customer.UNKNOWN,
            null,
            messages));
  }

  private Map<String, Kpis> byAgent() {
    return queries
        .kpis(
            InsightsQueries.Grouping.AGENT,
            new FactFilter(FROM, TO, Set.of(ana, ben)),
            Instant.parse("2026-01-01T00:00:00Z"))
        .stream()
        .collect(Collectors.toMap(Kpis::group, Function.identity()));
  }

  private void anasWeek() {
    // 10 min, then the customer's closing thanks 20 min after the start: resolved.
    thread(
        Channel.EMAIL,
        null,
        "2019-03-04T09:00:00Z",
        "Where is my refund?",
        ana,
        "2019-03-04T09:10:00Z",
        "It is on its way.",
        null,
        "2019-03-04T09:20:00Z",
        "Thanks, all sorted!");
    // 60 min.
    thread(
        Channel.EMAIL,
        null,
        "2019-03-04T09:00:00Z",
        "Where is my parcel?",
        ana,
        "2019-03-04T10:00:00Z",
        "It arrives tomorrow.");
    // 26 h: past the 24 h email target, and the customer never wrote again: a silent drop.
    thread(
        Channel.EMAIL,
        null,
        "2019-03-05T09:00:00Z",
        "Please cancel my order.",
        ana,
        "2019-03-06T11:00:00Z",
        "It is cancelled.");
    // 30 min, then a question nobody answered (its 4 h target passed long ago).
    thread(
        Channel.MESSAGING,
        null,
        "2019-03-07T09:00:00Z",
        "Can I change the size?",
        ben,
        "2019-03-07T09:30:00Z",
        "Yes, which size?",
        null,
        "2019-03-07T10:00:00Z",
        "Medium. When will it ship?");
  }

  @Test
  void first_response_median_and_p90_are_computed_by_the_database() {
    anasWeek();

    Kpis a = byAgent().get(ana);

    assertThat(a.conversations()).isEqualTo(3);
    // first responses 10, 60 and 1560 min: median 60; p90 interpolates 60 + 0.8 * 1500 = 1260
    assertThat(a.firstResponseMedianMinutes()).isCloseTo(60.0, within(0.01));
    assertThat(a.firstResponseP90Minutes()).isCloseTo(1260.0, within(0.01));
    // cycles 20 min, 60 min, 26 h: median 1 h
    assertThat(a.cycleTimeMedianHours()).isCloseTo(1.0, within(0.001));
  }

  @Test
  void the_whole_scope_and_a_team_are_one_row_each() {
    anasWeek();
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    List<Kpis> all =
        queries.kpis(
            InsightsQueries.Grouping.constant("All"),
            new FactFilter(FROM, TO, Set.of(ana, ben)),
            now);
    List<Kpis> none =
        queries.kpis(
            InsightsQueries.Grouping.constant("Nobody"),
            new FactFilter(FROM, TO, Set.of("nobody-" + suffix)),
            now);

    assertThat(all).singleElement().satisfies(k -> assertThat(k.conversations()).isEqualTo(4));
    assertThat(all.get(0).group()).isEqualTo("All");
    assertThat(all.get(0).targetAdherence()).isCloseTo(3 / 5.0, within(0.001));
    assertThat(none).isEmpty();
  }

  @Test
  void resolution_silent_drops_and_adherence_are_shares_of_the_group() {
    anasWeek();

    Map<String, Kpis> kpis = byAgent();
    Kpis a = kpis.get(ana);
    Kpis b = kpis.get(ben);

    assertThat(a.resolutionRate()).isCloseTo(1 / 3.0, within(0.001)); // the closing thanks
    assertThat(a.silentDropRate()).isCloseTo(1 / 3.0, within(0.001)); // the 26 h reply
    // 10 min and 60 min within 24 h, 26 h not; the closing thanks needs no answer: 2 of 3
    assertThat(a.targetAdherence()).isCloseTo(2 / 3.0, within(0.001));
    // answered in 30 min, then a question never answered after its target passed: 1 of 2
    assertThat(b.targetAdherence()).isCloseTo(0.5, within(0.001));
    assertThat(b.firstResponseMedianMinutes()).isCloseTo(30.0, within(0.01));
  }

  @Test
  void weekly_trends_codes_and_escalations_come_from_imported_and_audited_transcripts() {
    String csv =
        "conversation_id,channel,author,agent_id,timestamp,text\n"
            + "insights-"
            + suffix
            + "-imp,EMAIL,CUSTOMER,,2019-03-04T08:55:00Z,Where is my refund? I am really upset.\n"
            + "insights-"
            + suffix
            + "-imp,EMAIL,AGENT,"
            + ana
            + ",2019-03-07T09:00:00Z,It is processed.\n";
    imports.importCsv(new StringReader(csv));
    FactFilter filter = new FactFilter(FROM, TO, Set.of(ana));

    List<Trends.DimensionPeriod> weeks = queries.dimensions(Period.WEEK, filter);
    List<Trends.CodeCount> codes = queries.topCodes(filter, 10);

    assertThat(weeks).singleElement().satisfies(w -> assertThat(w.period()).isEqualTo(FROM));
    assertThat(weeks.get(0).overall()).isBetween(0.0, 99.0);
    assertThat(codes).extracting(Trends.CodeCount::code).contains("DELAY_NOT_ACKNOWLEDGED");
    assertThat(queries.escalations(filter).conversations()).isEqualTo(1);
  }

  @Test
  void the_start_up_backfill_derives_facts_that_are_missing() {
    anasWeek();
    jdbc.update("delete from conversation_fact where agent_id = ?", ana);
    assertThat(byAgent()).doesNotContainKey(ana);

    backfill.backfill();

    assertThat(byAgent().get(ana).conversations()).isEqualTo(3);
    assertThat(byAgent().get(ana).firstResponseMedianMinutes()).isCloseTo(60.0, within(0.01));
  }
}
