package com.replycraft.app.insights;

import com.replycraft.app.security.Role;
import com.replycraft.scoring.Dimension;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;

/**
 * The page a team lead opens every morning: async KPIs measured the way the guide says (first
 * response, cycle time, resolution, adherence, silent drops) and quality trends, for a period and
 * grouping. Every chart is server-rendered SVG with its table beside it and a CSV download.
 */
@Route("insights")
@PageTitle("Insights")
@Menu(order = 40, title = "Insights", icon = "vaadin:chart")
@RolesAllowed({Role.AGENT_NAME, Role.REVIEWER_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class InsightsView extends VerticalLayout {

  static final String COACHING_NOTE =
      "Scores guide coaching; they are not an automated employment decision. The leaderboard"
          + " ranks change between the first and the second half of the period, not raw scores.";

  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

  final DatePicker from = new DatePicker("From");
  final DatePicker to = new DatePicker("To");
  final Select<GroupBy> groupBy = new Select<>();
  final Select<Period> period = new Select<>();
  final Div cards = new Div();
  final VerticalLayout content = new VerticalLayout();
  Trends.@Nullable Report report;

  private final InsightsService insights;
  private final InsightsScope scope;

  InsightsView(InsightsService insights, AuthenticationContext authentication) {
    this.insights = insights;
    this.scope =
        insights.scopeOf(
            authentication.getPrincipalName().orElse(""),
            authentication.getGrantedAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .toList());
    addClassName("rc-insights");
    setWidthFull();
    LocalDate today = insights.today();
    to.setValue(today);
    from.setValue(today.minusWeeks(8).plusDays(1));
    groupBy.setLabel("Group KPIs by");
    groupBy.setItems(GroupBy.values());
    groupBy.setItemLabelGenerator(GroupBy::label);
    groupBy.setValue(scope.everyone() ? GroupBy.CHANNEL : GroupBy.AGENT);
    period.setLabel("Trend period");
    period.setItems(Period.values());
    period.setItemLabelGenerator(p -> p == Period.WEEK ? "Week" : p.label());
    period.setValue(Period.WEEK);
    from.addValueChangeListener(e -> refresh());
    to.addValueChangeListener(e -> refresh());
    groupBy.addValueChangeListener(e -> refresh());
    period.addValueChangeListener(e -> refresh());
    HorizontalLayout pickers = new HorizontalLayout(from, to, groupBy, period);
    pickers.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    pickers.getStyle().set("flex-wrap", "wrap");
    cards.addClassName("rc-kpi-cards");
    content.setPadding(false);
    add(pickers, scopeNote(), cards, content);
    refresh();
  }

  private Paragraph scopeNote() {
    String zone = "Periods are local days in " + insights.zone() + ". ";
    if (scope.everyone()) {
      return muted(zone + "You see every team and agent.");
    }
    if (scope.agentIds() == null || scope.agentIds().isEmpty()) {
      return muted(
          zone
              + "No help-desk agent id is linked to you yet, so there is nothing of yours to"
              + " show: ask an admin to link your agent id on the Agents page.");
    }
    return muted(
        zone
            + "You see your own work only (agent ids "
            + String.join(", ", scope.agentIds().stream().sorted().toList())
            + ").");
  }

  void refresh() {
    LocalDate start = from.getValue();
    LocalDate end = to.getValue();
    from.setInvalid(false);
    to.setInvalid(false);
    if (start == null || end == null) {
      (start == null ? from : to).setErrorMessage("Pick a date");
      (start == null ? from : to).setInvalid(true);
      return;
    }
    if (start.isAfter(end)) {
      from.setErrorMessage("From must not be after To");
      from.setInvalid(true);
      return;
    }
    Trends.Report r = insights.report(scope, groupBy.getValue(), period.getValue(), start, end);
    report = r;
    cards.removeAll();
    for (Kpi kpi : Kpi.values()) {
      cards.add(card(kpi, r.overall()));
    }
    content.removeAll();
    if (r.overall().conversations() == 0) {
      content.add(
          muted(
              "No conversations started in this period. Pick a longer period, or import"
                  + " transcripts on the Imports page."));
    }
    content.add(kpiTable(r), firstResponse(r), adherence(r), dimensions(r), codes(r));
    content.add(escalations(r), leaderboard(r));
  }

  private Div card(Kpi kpi, Kpis overall) {
    Div card = new Div();
    card.addClassName("rc-kpi-card");
    card.setId("kpi-" + kpi.key());
    card.getElement().setAttribute("title", kpi.explanation());
    Span label = new Span(kpi.label());
    label.addClassName("rc-kpi-label");
    Double v = kpi.valueIn(overall);
    Span value = new Span(v == null ? "–" : SvgCharts.number(v) + unit(kpi.unit()));
    value.addClassName("rc-kpi-value");
    card.add(label, value);
    return card;
  }

  private Component kpiTable(Trends.Report r) {
    TableSpec<Kpis> spec = new TableSpec<Kpis>().text(groupBy.getValue().label(), Kpis::group);
    for (Kpi kpi : Kpi.values()) {
      spec.number(
          kpi.label() + (kpi.unit().isEmpty() ? "" : " (" + kpi.unit() + ")"),
          kpi.explanation(),
          k -> kpi == Kpi.CONVERSATIONS ? Long.toString(k.conversations()) : value(kpi.valueIn(k)));
    }
    Grid<Kpis> grid = spec.grid(r.kpis());
    grid.setId("kpi-table");
    return section(
        "KPIs by " + groupBy.getValue().label().toLowerCase(Locale.ROOT),
        null,
        grid,
        spec.csv(r.kpis()),
        "kpis");
  }

  private Component firstResponse(Trends.Report r) {
    List<Trends.ResponsePeriod> rows = r.firstResponse();
    boolean hours = rows.stream().anyMatch(p -> p.p90Minutes() != null && p.p90Minutes() > 180);
    double divisor = hours ? 60.0 : 1.0;
    String unit = hours ? "hours" : "minutes";
    Function<@Nullable Double, @Nullable Double> scaled = v -> v == null ? null : v / divisor;
    List<SvgCharts.Series> series = new ArrayList<>();
    series.add(
        new SvgCharts.Series(
            "Median", rows.stream().map(p -> scaled.apply(p.medianMinutes())).toList()));
    series.add(
        new SvgCharts.Series(
            "90th percentile", rows.stream().map(p -> scaled.apply(p.p90Minutes())).toList()));
    if (insights.businessHoursConfigured()) {
      series.add(
          new SvgCharts.Series(
              "Median, business",
              rows.stream().map(p -> scaled.apply(p.businessMedianMinutes())).toList()));
    }
    String svg =
        SvgCharts.lines(
            "First-response time per " + period.getValue().name().toLowerCase(Locale.ROOT),
            period.getValue().label() + " (" + insights.zone() + ")",
            rows.stream().map(p -> SHORT.format(p.period())).toList(),
            series,
            unit);
    TableSpec<Trends.ResponsePeriod> spec =
        new TableSpec<Trends.ResponsePeriod>()
            .text(period.getValue().label(), p -> p.period().toString())
            .number("Conversations", null, p -> Long.toString(p.conversations()))
            .number(
                "Median (min)",
                Kpi.FIRST_RESPONSE_MEDIAN.explanation(),
                p -> value(p.medianMinutes()))
            .number("p90 (min)", Kpi.FIRST_RESPONSE_P90.explanation(), p -> value(p.p90Minutes()))
            .number(
                "Median, business (min)",
                Kpi.FIRST_RESPONSE_BUSINESS.explanation(),
                p -> value(p.businessMedianMinutes()));
    return section("First-response time", svg, spec.grid(rows), spec.csv(rows), "first-response");
  }

  private Component adherence(Trends.Report r) {
    List<Kpis> rows = r.byChannel();
    String svg =
        SvgCharts.bars(
            "Response-target adherence per channel",
            rows.stream().map(Kpis::group).toList(),
            rows.stream().map(Kpi.TARGET_ADHERENCE::valueIn).toList(),
            "% of customer messages answered within the channel's target",
            100.0);
    TableSpec<Kpis> spec =
        new TableSpec<Kpis>()
            .text("Channel", Kpis::group)
            .number(
                "Adherence (%)",
                Kpi.TARGET_ADHERENCE.explanation(), k -> value(Kpi.TARGET_ADHERENCE.valueIn(k)))
            .number(
                "Adherence, business (%)",
                Kpi.TARGET_ADHERENCE_BUSINESS.explanation(),
                k -> value(Kpi.TARGET_ADHERENCE_BUSINESS.valueIn(k)))
            .number(
                "Silent drops (%)",
                Kpi.SILENT_DROP_RATE.explanation(), k -> value(Kpi.SILENT_DROP_RATE.valueIn(k)));
    return section("Adherence per channel", svg, spec.grid(rows), spec.csv(rows), "adherence");
  }

  private Component dimensions(Trends.Report r) {
    Component auto =
        dimensionSection(
            "Quality trend (auto-QA)",
            "Auto-QA score per dimension",
            r.dimensions(),
            "Replies",
            "dimensions");
    VerticalLayout box = new VerticalLayout(auto);
    box.setPadding(false);
    box.add(
        dimensionSection(
            "Quality trend (reviewed)",
            "Reviewed score per dimension",
            r.reviewedDimensions(),
            "Reviews",
            "reviewed-dimensions"));
    if (r.reviewedDimensions().isEmpty()) {
      box.add(muted("No submitted QA review of a conversation in this period yet."));
    }
    return box;
  }

  private Component dimensionSection(
      String title,
      String chartTitle,
      List<Trends.DimensionPeriod> rows,
      String countLabel,
      String name) {
    List<SvgCharts.Series> series = new ArrayList<>();
    series.add(
        new SvgCharts.Series(
            "Overall", rows.stream().map(Trends.DimensionPeriod::overall).toList()));
    for (Dimension d : Dimension.values()) {
      series.add(
          new SvgCharts.Series(
              Kpi.dimensionLabel(d), rows.stream().map(p -> dimension(p, d)).toList()));
    }
    String svg =
        SvgCharts.lines(
            chartTitle,
            period.getValue().label() + " (" + insights.zone() + ")",
            rows.stream().map(p -> SHORT.format(p.period())).toList(),
            series,
            "average score (0–100)");
    TableSpec<Trends.DimensionPeriod> spec =
        new TableSpec<Trends.DimensionPeriod>()
            .text(period.getValue().label(), p -> p.period().toString())
            .number(countLabel, null, p -> Long.toString(p.replies()))
            .number("Overall", null, p -> value(p.overall()));
    for (Dimension d : Dimension.values()) {
      spec.number(Kpi.dimensionLabel(d), null, p -> value(dimension(p, d)));
    }
    return section(title, svg, spec.grid(rows), spec.csv(rows), name);
  }

  private Component codes(Trends.Report r) {
    List<Trends.CodeCount> rows = r.topCodes();
    String svg =
        SvgCharts.bars(
            "Most frequent auto-QA findings",
            rows.stream().map(Trends.CodeCount::code).toList(),
            rows.stream().map(c -> (Double) (double) c.conversations()).toList(),
            "conversations with the finding",
            null);
    TableSpec<Trends.CodeCount> spec =
        new TableSpec<Trends.CodeCount>()
            .text("Finding", Trends.CodeCount::code)
            .text("Dimension", Trends.CodeCount::dimension)
            .number("Conversations", null, c -> Long.toString(c.conversations()));
    return section("Top finding codes", svg, spec.grid(rows), spec.csv(rows), "finding-codes");
  }

  private Component escalations(Trends.Report r) {
    Trends.Escalations e = r.escalations();
    record Row(String what, long conversations) {}
    List<Row> rows =
        List.of(
            new Row("Escalation recommended", e.recommended()),
            new Row("Escalation offered", e.offered()),
            new Row("Recommended, not offered", e.recommended() - e.offered()));
    String svg =
        SvgCharts.bars(
            "Escalations: recommended vs offered",
            rows.stream().map(Row::what).toList(),
            rows.stream().map(row -> (Double) (double) row.conversations()).toList(),
            "conversations",
            null);
    TableSpec<Row> spec =
        new TableSpec<Row>()
            .text("Escalation", Row::what)
            .number("Conversations", null, row -> Long.toString(row.conversations()));
    return section("Escalations", svg, spec.grid(rows), spec.csv(rows), "escalations");
  }

  private Component leaderboard(Trends.Report r) {
    List<Trends.Improvement> rows = r.leaderboard();
    TableSpec<Trends.Improvement> spec =
        new TableSpec<Trends.Improvement>()
            .text("Agent", Trends.Improvement::name)
            .number("Replies, 1st half", null, i -> Long.toString(i.firstHalfReplies()))
            .number("Score, 1st half", null, i -> value(i.firstHalfScore()))
            .number("Replies, 2nd half", null, i -> Long.toString(i.secondHalfReplies()))
            .number("Score, 2nd half", null, i -> value(i.secondHalfScore()))
            .number("Change", null, i -> signed(i.change()));
    Grid<Trends.Improvement> grid = spec.grid(rows);
    grid.setId("leaderboard");
    Paragraph note = new Paragraph(COACHING_NOTE);
    note.addClassName("rc-coaching-note");
    VerticalLayout box = new VerticalLayout();
    box.setPadding(false);
    box.add(section("Most improved (auto-QA)", null, grid, spec.csv(rows), "improvement"), note);
    return box;
  }

  private Component section(
      String title, @Nullable String svg, Grid<?> grid, String csv, String name) {
    H3 heading = new H3(title);
    Anchor download =
        new Anchor(
            DownloadHandler.fromInputStream(
                event -> {
                  byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
                  return new DownloadResponse(
                      new ByteArrayInputStream(bytes),
                      "insights-" + name + ".csv",
                      "text/csv",
                      bytes.length);
                }),
            "Download CSV");
    download.getElement().setAttribute("download", true);
    download.addClassName("rc-csv");
    grid.addClassName("rc-insights-table");
    Div body = new Div();
    body.addClassName("rc-insights-section-body");
    if (svg != null) {
      Svg chart = new Svg(svg);
      chart.addClassName("rc-chart");
      body.add(chart);
    }
    VerticalLayout table = new VerticalLayout(grid, download);
    table.setPadding(false);
    table.addClassName("rc-insights-table-box");
    body.add(table);
    VerticalLayout section = new VerticalLayout(heading, body);
    section.setPadding(false);
    section.addClassName("rc-insights-section");
    section.setId("section-" + name);
    return section;
  }

  private static @Nullable Double dimension(Trends.DimensionPeriod p, Dimension d) {
    return switch (d) {
      case TONE -> p.tone();
      case CLARITY -> p.clarity();
      case DELAY_ACKNOWLEDGEMENT -> p.delayAcknowledgement();
      case EMPATHY -> p.empathy();
      case CHANNEL_FIT -> p.channelFit();
    };
  }

  private static String unit(String unit) {
    return unit.isEmpty() ? "" : unit.equals("%") ? "%" : " " + unit;
  }

  private static String value(@Nullable Double v) {
    return v == null ? "" : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String signed(double v) {
    return String.format(Locale.ROOT, "%+.1f", v);
  }

  private static Paragraph muted(String text) {
    Paragraph p = new Paragraph(text);
    p.addClassName("rc-muted");
    return p;
  }
}
