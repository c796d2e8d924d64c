package com.replycraft.app.review.queue;

import com.replycraft.app.security.Role;
import com.replycraft.app.ui.Names;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Channel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The reviewer's work list: audited conversations riskiest first, paged from the database, with
 * filters and a spotlight sample. A row opens the conversation's review ({@code
 * review/:conversationId}).
 */
@Route("review-queue")
@PageTitle("Review queue")
@Menu(order = 5, title = "Review queue", icon = "vaadin:list-ol")
@RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
public class ReviewQueueView extends VerticalLayout {

  final Select<Channel> channel = new Select<>();
  final ComboBox<String> agent = new ComboBox<>("Agent id");
  final DatePicker from = new DatePicker("Last message from");
  final DatePicker to = new DatePicker("to");
  final IntegerField minScore = new IntegerField("Score from");
  final IntegerField maxScore = new IntegerField("to");
  final MultiSelectComboBox<String> codes = new MultiSelectComboBox<>("Any of these findings");
  final Checkbox escalationMissed = new Checkbox("Escalation missed");
  final Button clear = new Button("Clear filters");
  final Button spotlightButton = new Button("Spotlight…");
  final Span spotlightText = new Span();
  final Div spotlightBanner = new Div();
  final Span count = new Span();
  final Grid<QueueRow> grid = new Grid<>();
  final Div emptyState = new Div();

  /** Opens a path; by path, because the review view belongs to another feature. */
  Consumer<String> navigate = path -> UI.getCurrent().navigate(path);

  private final ReviewQueueService queue;
  private final Clock clock;
  private final DateTimeFormatter time;
  private @Nullable Spotlight spotlight;

  ReviewQueueView(ReviewQueueService queue, Clock clock) {
    this.queue = queue;
    this.clock = clock;
    this.time =
        DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(clock.getZone());
    setSizeFull();
    add(filters(), spotlightBanner(), count, grid());
    refresh();
  }

  private Component filters() {
    channel.setLabel("Channel");
    channel.setItems(Channel.values());
    channel.setEmptySelectionAllowed(true);
    channel.setEmptySelectionCaption("All channels");
    channel.setItemLabelGenerator(c -> c == null ? "All channels" : Names.channel(c));
    channel.setId("filter-channel");
    agent.setItems(queue.agentIds());
    agent.setClearButtonVisible(true);
    agent.setId("filter-agent");
    from.setId("filter-from");
    to.setId("filter-to");
    from.setClearButtonVisible(true);
    to.setClearButtonVisible(true);
    for (IntegerField score : new IntegerField[] {minScore, maxScore}) {
      score.setMin(0);
      score.setMax(100);
      score.setWidth("7em");
      score.setClearButtonVisible(true);
      score.setValueChangeMode(ValueChangeMode.LAZY);
    }
    minScore.setId("filter-min-score");
    maxScore.setId("filter-max-score");
    codes.setItems(Arrays.stream(FindingCode.values()).map(Enum::name).sorted().toList());
    codes.setClearButtonVisible(true);
    codes.setWidth("18em");
    codes.setId("filter-codes");
    escalationMissed.setId("filter-escalation-missed");
    escalationMissed.setTooltipText(
        "A call or live chat was advised (offer it, or escalate now) and the reply did not offer"
            + " one");
    channel.addValueChangeListener(e -> refresh());
    agent.addValueChangeListener(e -> refresh());
    from.addValueChangeListener(e -> refresh());
    to.addValueChangeListener(e -> refresh());
    minScore.addValueChangeListener(e -> refresh());
    maxScore.addValueChangeListener(e -> refresh());
    codes.addValueChangeListener(e -> refresh());
    escalationMissed.addValueChangeListener(e -> refresh());
    clear.setId("filter-clear");
    clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    clear.addClickListener(e -> clearFilters());
    spotlightButton.setId("spotlight");
    spotlightButton.addClickListener(e -> openSpotlight());
    FlexLayout bar =
        new FlexLayout(
            channel,
            agent,
            from,
            to,
            minScore,
            maxScore,
            codes,
            escalationMissed,
            clear,
            spotlightButton);
    bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.addClassName("rc-queue-filters");
    bar.setWidthFull();
    return bar;
  }

  private Component spotlightBanner() {
    spotlightText.setId("spotlight-text");
    Button back = new Button("Back to the whole queue", e -> showSpotlight(null));
    back.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    spotlightBanner.add(spotlightText, back);
    spotlightBanner.addClassName("rc-spotlight-banner");
    spotlightBanner.setVisible(false);
    return spotlightBanner;
  }

  private Component grid() {
    grid.setId("queue-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.addColumn(QueueRow::customer).setHeader("Customer").setWidth("12em").setFlexGrow(1);
    grid.addColumn(r -> Names.channel(r.channel()))
        .setHeader("Channel")
        .setWidth("8em")
        .setFlexGrow(0);
    grid.addColumn(r -> r.agentId() == null ? "—" : r.agentId())
        .setHeader("Agent")
        .setWidth("9em")
        .setFlexGrow(0);
    grid.addColumn(r -> at(r.lastMessageAt()))
        .setHeader("Last message")
        .setWidth("10em")
        .setFlexGrow(0);
    grid.addColumn(r -> r.score() == null ? "—" : String.valueOf(r.score()))
        .setHeader("Score")
        .setWidth("5em")
        .setFlexGrow(0);
    grid.addColumn(r -> severity(r.worstSeverity()))
        .setHeader("Worst")
        .setWidth("6em")
        .setFlexGrow(0);
    grid.addComponentColumn(ReviewQueueView::chips).setHeader("Risk").setFlexGrow(2);
    grid.setItems(
        query -> queue.page(filter(), query.getOffset(), query.getLimit()).stream(),
        query -> queue.count(filter()));
    grid.addItemClickListener(click -> navigate.accept("review/" + click.getItem().id()));
    grid.setClassNameGenerator(r -> "rc-queue-row");
    emptyState.setId("queue-empty");
    grid.setEmptyStateComponent(emptyState);
    grid.setSizeFull();
    return grid;
  }

  /** The filter the fields and the spotlight describe. */
  QueueFilter filter() {
    QueueFilter fields =
        new QueueFilter(
            channel.getValue(),
            agent.getValue(),
            from.getValue(),
            to.getValue(),
            minScore.getValue(),
            maxScore.getValue(),
            Set.copyOf(codes.getValue()),
            escalationMissed.getValue(),
            null);
    return spotlight == null ? fields : fields.onlyThese(spotlight.ids());
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
    int n = queue.count(filter());
    count.setText(n + (n == 1 ? " conversation" : " conversations") + ", riskiest first");
    count.setId("queue-count");
    emptyState.removeAll();
    if (queue.isEmpty()) {
      emptyState.add(
          new Span("No conversations yet — "), new Anchor("imports", "import transcripts"));
    } else {
      emptyState.add(new Span("No conversation matches these filters."));
    }
  }

  private void clearFilters() {
    channel.clear();
    agent.clear();
    from.clear();
    to.clear();
    minScore.clear();
    maxScore.clear();
    codes.clear();
    escalationMissed.clear();
    refresh();
  }

  private void openSpotlight() {
    LocalDate today = LocalDate.now(clock);
    int seed = (int) (clock.millis() % 100_000);
    new SpotlightDialog(queue, today, seed, this::showSpotlight).open();
  }

  void showSpotlight(@Nullable Spotlight sample) {
    spotlight = sample;
    spotlightBanner.setVisible(sample != null);
    spotlightText.setText(sample == null ? "" : sample.describe() + " ");
    refresh();
  }

  private String at(@Nullable Instant instant) {
    return instant == null ? "—" : time.format(instant);
  }

  private static Component chips(QueueRow row) {
    Div chips = new Div();
    chips.addClassName("rc-chips");
    for (RiskReason reason : row.reasons()) {
      Span chip = new Span(reason.label());
      chip.addClassName("rc-chip");
      chip.addClassName("rc-risk-" + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'));
      chips.add(chip);
    }
    return chips;
  }

  private static String severity(@Nullable Severity severity) {
    return severity == null ? "none" : severity.name().toLowerCase(Locale.ROOT);
  }
}
