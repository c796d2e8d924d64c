package com.replycraft.app.insights;

import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.thread.Channel;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On-demand benchmark (not part of the test run: the name matches neither *Test nor *IT): generates
 * {@code -Dbenchmark.messages} messages (default 1 000 000) of history, derives the insights facts
 * with the start-up backfill, and times every query of the Insights page and the KPI API on H2
 * (file mode) and on PostgreSQL (embedded). Run:
 *
 * <pre>
 * ./mvnw -B -o -pl app test -Dtest=InsightsBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * ({@code -Dbenchmark.databases=h2} or {@code =postgres} runs one of them).
 *
 * <p>Results are printed and written to target/insights-benchmark.md.
 */
class InsightsBenchmark {

  private static final int MESSAGES = Integer.getInteger("benchmark.messages", 1_000_000);
  private static final int RUNS = 5;
  private static final int WEEKS = 26;
  private static final ZoneId ZONE = ZoneId.of("Europe/London");
  private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 22);
  private static final List<String> AGENTS =
      List.of("a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8", "a9", "a10", "a11", "a12");
  private static final List<String> CODES =
      Arrays.stream(FindingCode.values()).map(Enum::name).toList();

  private final StringBuilder report = new StringBuilder();

  @Test
  void times_every_insights_query_on_h2_and_postgresql() throws Exception {
    String databases = System.getProperty("benchmark.databases", "h2,postgres");
    if (databases.contains("h2")) {
      Path dir = Files.createTempDirectory("insights-benchmark-h2");
      try (HikariDataSource h2 =
          pool(
              // No result cache: repeated identical queries would otherwise time a cache hit.
              "jdbc:h2:file:"
                  + dir.toAbsolutePath()
                  + "/bench;AUTO_SERVER=FALSE;QUERY_CACHE_SIZE=0",
              "sa")) {
        run("H2 2.x (file)", h2);
      }
    }
    if (databases.contains("postgres")) {
      try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
          HikariDataSource pg = pool(postgres.getJdbcUrl("postgres", "postgres"), "postgres")) {
        run("PostgreSQL 14 (embedded)", pg);
      }
    }
    Path out = Path.of("target", "insights-benchmark-" + databases.replace(',', '-') + ".md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString());
  }

  /** A small pool, as the app has: a query's time never includes opening a connection. */
  private static HikariDataSource pool(String url, String user) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    pool.setUsername(user);
    pool.setPassword("");
    pool.setMaximumPoolSize(4);
    return pool;
  }

  /** Runs the benchmark outside Maven (same as the test method). */
  public static void main(String[] args) throws Exception {
    new InsightsBenchmark().times_every_insights_query_on_h2_and_postgresql();
  }

  private void run(String database, DataSource dataSource) throws SQLException {
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    long t0 = System.nanoTime();
    int[] counts = generate(dataSource);
    long generated = System.nanoTime();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    InsightsCalendar calendar =
        InsightsCalendar.of(
            new InsightsProperties(
                ZONE, Map.of("EMAIL", "Mon-Fri 09:00-17:00", "TICKET", "Mon-Fri 09:00-17:00")));
    FactBackfill backfill =
        new FactBackfill(
            jdbc,
            new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
            new FactCalculator(calendar, new ClosingMessages()),
            new FactStore(jdbc),
            calendar);
    int derived = backfill.backfill();
    long factsDone = System.nanoTime();
    line("## " + database);
    line("");
    line(
        String.format(
            Locale.ROOT,
            "%,d conversations, %,d messages generated in %.1f s; facts of %,d conversations derived"
                + " by the start-up backfill in %.1f s.",
            counts[0],
            counts[1],
            (generated - t0) / 1e9,
            derived,
            (factsDone - generated) / 1e9));
    line("");
    InsightsQueries queries = new InsightsQueries(new NamedParameterJdbcTemplate(jdbc));
    Instant now = LAST_DAY.plusDays(1).atStartOfDay(ZONE).toInstant();
    Map<String, FactFilter> periods = new LinkedHashMap<>();
    periods.put(
        "8 weeks, everyone", new FactFilter(LAST_DAY.minusWeeks(8).plusDays(1), LAST_DAY, null));
    periods.put(
        "26 weeks, everyone",
        new FactFilter(LAST_DAY.minusWeeks(WEEKS).plusDays(1), LAST_DAY, null));
    periods.put(
        "8 weeks, one agent",
        new FactFilter(LAST_DAY.minusWeeks(8).plusDays(1), LAST_DAY, java.util.Set.of("a3")));
    line("| query | " + String.join(" | ", periods.keySet()) + " |");
    line("|---|" + "---:|".repeat(periods.size()));
    Map<String, java.util.function.Function<FactFilter, Object>> views = new LinkedHashMap<>();
    views.put(
        "KPI cards (all, one group)",
        f -> queries.kpis(InsightsQueries.Grouping.constant("All"), f, now));
    views.put(
        "KPIs by channel (API groupBy=channel)",
        f -> queries.kpis(InsightsQueries.Grouping.CHANNEL, f, now));
    views.put(
        "KPIs by agent (API groupBy=agent)",
        f -> queries.kpis(InsightsQueries.Grouping.AGENT, f, now));
    views.put(
        "KPIs by team (2 teams of 6, API groupBy=team)",
        f -> {
          List<Object> rows = new ArrayList<>();
          rows.add(queries.kpis(InsightsQueries.Grouping.constant("North"), team(f, 0), now));
          rows.add(queries.kpis(InsightsQueries.Grouping.constant("South"), team(f, 6), now));
          return rows;
        });
    views.put("First response per week (line chart)", f -> queries.firstResponse(Period.WEEK, f));
    views.put("Dimension scores per week (line chart)", f -> queries.dimensions(Period.WEEK, f));
    views.put("Top finding codes (bar chart)", f -> queries.topCodes(f, 10));
    views.put("Escalations recommended vs offered", queries::escalations);
    views.put(
        "Improvement leaderboard (two halves)", f -> queries.halves(f, f.from().plusDays(28)));
    double[] page = new double[periods.size()];
    for (Map.Entry<String, java.util.function.Function<FactFilter, Object>> view :
        views.entrySet()) {
      StringBuilder row = new StringBuilder("| " + view.getKey() + " |");
      int i = 0;
      for (FactFilter filter : periods.values()) {
        double ms = median(() -> view.getValue().apply(filter));
        page[i++] += ms;
        row.append(String.format(Locale.ROOT, " %.1f ms |", ms));
      }
      line(row.toString());
    }
    StringBuilder total = new StringBuilder("| **whole Insights page** |");
    for (double ms : page) {
      total.append(String.format(Locale.ROOT, " **%.0f ms** |", ms));
    }
    line(total.toString());
    line("");
  }

  private static FactFilter team(FactFilter f, int first) {
    List<String> ids = AGENTS.subList(first, first + 6);
    java.util.Set<String> members = new java.util.HashSet<>(ids);
    if (f.agentIds() != null) {
      members.retainAll(f.agentIds());
    }
    return f.withAgents(members);
  }

  /** Median wall time of {@link #RUNS} runs after one warm-up. */
  private static double median(Supplier<Object> query) {
    query.get();
    double[] ms = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long t = System.nanoTime();
      query.get();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return ms[RUNS / 2];
  }

  /**
   * Conversations of 4 to 16 messages until {@link #MESSAGES}; returns {conversations, messages}.
   */
  private static int[] generate(DataSource dataSource) throws SQLException {
    Random random = new Random(42);
    Channel[] channels = Channel.values();
    int conversations = 0;
    int messages = 0;
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement conv =
              c.prepareStatement(
                  "insert into conversation (id, external_id, channel, customer_vip, status,"
                      + " created_at, updated_at, version, qa_overall, qa_escalation,"
                      + " qa_finding_codes) values (?, ?, ?, false, ?, ?, ?, 0, ?, ?, ?)");
          PreparedStatement msg =
              c.prepareStatement(
                  "insert into conversation_message (id, conversation_id, position, author,"
                      + " agent_id, sent_at, text, score_overall, score_tone, score_clarity,"
                      + " score_delay, score_empathy, score_channel_fit) values (?, ?, ?, ?, ?,"
                      + " ?, ?, ?, ?, ?, ?, ?, ?)")) {
        long messageId = 1;
        while (messages < MESSAGES) {
          long id = ++conversations;
          Channel channel = channels[random.nextInt(channels.length)];
          long target = channel.profile().responseTarget().toSeconds();
          String agent = AGENTS.get(random.nextInt(AGENTS.size()));
          Instant at =
              LAST_DAY
                  .minusDays(random.nextInt(WEEKS * 7))
                  .atTime(random.nextInt(24), random.nextInt(60))
                  .atZone(ZONE)
                  .toInstant();
          int length = Math.min(4 + random.nextInt(13), MESSAGES - messages);
          conv.setLong(1, id);
          conv.setString(2, "bench-" + id);
          conv.setString(3, channel.name());
          conv.setString(4, random.nextDouble() < 0.5 ? "RESOLVED" : "OPEN");
          conv.setObject(5, utc(at));
          conv.setObject(6, utc(at));
          conv.setInt(7, 40 + random.nextInt(60));
          conv.setString(8, random.nextDouble() < 0.15 ? "OFFER_SYNC" : "STAY_ASYNC");
          conv.setString(
              9,
              CODES.get(random.nextInt(CODES.size()))
                  + ","
                  + CODES.get(random.nextInt(CODES.size())));
          conv.addBatch();
          for (int p = 0; p < length; p++) {
            boolean customer = p % 2 == 0;
            msg.setLong(1, messageId++);
            msg.setLong(2, id);
            msg.setInt(3, p);
            msg.setString(4, customer ? "CUSTOMER" : "AGENT");
            msg.setString(5, customer ? null : agent);
            msg.setObject(6, utc(at));
            boolean last = p == length - 1;
            msg.setString(
                7,
                customer
                    ? (last && random.nextDouble() < 0.3
                        ? "Thanks, all sorted!"
                        : "Where is my order?")
                    : "Here is what I did and what happens next.");
            for (int s = 8; s <= 13; s++) {
              if (customer) {
                msg.setNull(s, java.sql.Types.INTEGER);
              } else {
                msg.setInt(s, 40 + random.nextInt(61));
              }
            }
            msg.addBatch();
            at =
                at.plusSeconds(
                    customer
                        ? (long) (target * random.nextDouble() * 1.6) + 10
                        : 60 + random.nextInt(7200));
          }
          messages += length;
          if (conversations % 2000 == 0) {
            conv.executeBatch();
            msg.executeBatch();
            c.commit();
            if (conversations % 20_000 == 0) {
              System.out.printf(Locale.ROOT, "  %,d messages stored%n", messages);
            }
          }
        }
        conv.executeBatch();
        msg.executeBatch();
        c.commit();
      }
    }
    return new int[] {conversations, messages};
  }

  private static OffsetDateTime utc(Instant at) {
    return at.atOffset(ZoneOffset.UTC);
  }

  private void line(String text) {
    System.out.println(text);
    report.append(text).append('\n');
  }
}
