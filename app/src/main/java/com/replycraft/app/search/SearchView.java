package com.replycraft.app.search;

import com.replycraft.app.security.Role;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Full-text search of every stored message, for reviewers, trainers and admins: words in simple
 * query syntax, filters, highlighted hits that open the conversation's review. Admins can also
 * rebuild the index from the database here.
 */
@Route("search")
@PageTitle("Search")
@Menu(order = 60, title = "Search", icon = "vaadin:search")
@RolesAllowed({Role.REVIEWER_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class SearchView extends VerticalLayout {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private final SearchService search;
  private final SearchIndexer indexer;

  final TextField query = new TextField("Search");
  final Select<Channel> channel = new Select<>();
  final Select<Author> author = new Select<>();
  final TextField agentId = new TextField("Agent id");
  final DatePicker from = new DatePicker("From (UTC)");
  final DatePicker to = new DatePicker("To (UTC)");
  final Button searchButton = new Button("Search", VaadinIcon.SEARCH.create());
  final Span total = new Span();
  final Grid<SearchHit> grid = new Grid<>();
  final Div start = new Div();
  final Div noMatch = new Div();
  final Span indexNotice = new Span();
  final ProgressBar indexProgress = new ProgressBar();
  final Button rebuild = new Button("Rebuild search index", VaadinIcon.REFRESH.create());

  /** The search the grid shows; null before the first one. */
  @Nullable SearchQuery current;

  private @Nullable Registration pollRegistration;

  SearchView(SearchService search, SearchIndexer indexer, AuthenticationContext authentication) {
    this.search = search;
    this.indexer = indexer;
    setSizeFull();
    add(filters(), indexPanel(authentication.hasRole(Role.ADMIN_NAME)), total, start, noMatch);
    configureGrid();
    add(grid);
    emptyStates();
    showState(null);
    refreshIndexStatus();
  }

  private Component filters() {
    query.setPlaceholder("refund \"on hold\" -bot");
    query.setHelperText(
        "\"a phrase\", -word to exclude, a | b for either; refunded also finds refund");
    query.setClearButtonVisible(true);
    query.setWidth("26em");
    query.setMaxLength(SearchQuery.MAX_TEXT);
    query.addKeyPressListener(Key.ENTER, e -> runSearch());
    query.setId("search-query");

    channel.setLabel("Channel");
    channel.setItems(Channel.values());
    channel.setEmptySelectionAllowed(true);
    channel.setEmptySelectionCaption("Any channel");
    channel.setItemLabelGenerator(c -> c == null ? "Any channel" : label(c));

    author.setLabel("Author");
    author.setItems(Author.values());
    author.setEmptySelectionAllowed(true);
    author.setEmptySelectionCaption("Anyone");
    author.setItemLabelGenerator(a -> a == null ? "Anyone" : label(a));

    agentId.setClearButtonVisible(true);
    agentId.setWidth("10em");
    agentId.addKeyPressListener(Key.ENTER, e -> runSearch());
    from.setWidth("10em");
    to.setWidth("10em");

    searchButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    searchButton.addClickListener(e -> runSearch());
    searchButton.setId("search-button");

    FlexLayout bar = new FlexLayout(query, channel, author, agentId, from, to, searchButton);
    bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.addClassName("rc-search-filters");
    bar.setWidthFull();
    return bar;
  }

  private Component indexPanel(boolean admin) {
    indexNotice.setId("search-index-status");
    indexProgress.setWidth("16em");
    rebuild.addThemeVariants(ButtonVariant.LUMO_SMALL);
    rebuild.setId("search-rebuild");
    rebuild.addClickListener(e -> startRebuild());
    rebuild.setVisible(admin);
    HorizontalLayout panel = new HorizontalLayout(indexNotice, indexProgress, rebuild);
    panel.setAlignItems(FlexComponent.Alignment.CENTER);
    panel.addClassName("rc-search-index");
    return panel;
  }

  private void configureGrid() {
    grid.addComponentColumn(SearchView::hitCard).setHeader("Messages");
    grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_NO_BORDER);
    grid.setSelectionMode(Grid.SelectionMode.NONE);
    grid.addItemClickListener(e -> UI.getCurrent().navigate(e.getItem().link()));
    grid.setSizeFull();
    grid.setId("search-results");
  }

  private void emptyStates() {
    start.addClassName("rc-empty-state");
    start.add(
        new H3("Search every stored message"),
        new Paragraph(
            "Type words and press Enter: refund finds refunded and refunds too. Put a phrase in"
                + " quotes (\"on hold\"), exclude a word with a minus (-bot), and give either"
                + " word with a bar (refund | chargeback). Or leave the words empty and pick a"
                + " channel, an agent id or dates to list the newest messages."));
    noMatch.addClassName("rc-empty-state");
    noMatch.add(
        new H3("No message matches"),
        new Paragraph(
            "Check the spelling, use fewer words, remove a filter or widen the dates. Very common"
                + " words such as \"the\" or \"not\" are not searched on their own."));
  }

  /** Runs the search in the fields; a field that is wrong says so beside it. */
  void runSearch() {
    clearErrors();
    SearchQuery next;
    try {
      next =
          new SearchQuery(
              query.getValue(),
              channel.getValue(),
              author.getValue(),
              agentId.getValue(),
              from.getValue(),
              to.getValue());
    } catch (InvalidSearchException e) {
      showError(e);
      return;
    }
    if (next.isEmpty()) {
      current = null;
      showState(null);
      return;
    }
    current = next;
    long hits = search.count(next);
    showState(hits);
    grid.setItems(
        q -> search.search(next, q.getOffset(), q.getLimit()).hits().stream(),
        q -> (int) Math.min(search.count(next), Integer.MAX_VALUE));
  }

  private void showState(@Nullable Long hits) {
    start.setVisible(hits == null);
    noMatch.setVisible(hits != null && hits == 0);
    grid.setVisible(hits != null && hits > 0);
    total.setVisible(hits != null && hits > 0);
    total.setId("search-total");
    if (hits != null) {
      total.setText(hits == 1 ? "1 message matches" : hits + " messages match");
    }
  }

  private void clearErrors() {
    for (HasValidation field : List.<HasValidation>of(query, agentId, from, to)) {
      field.setInvalid(false);
      field.setErrorMessage(null);
    }
  }

  private void showError(InvalidSearchException e) {
    HasValidation field =
        switch (e.field()) {
          case "agentId" -> agentId;
          case "from" -> from;
          case "to" -> to;
          default -> query;
        };
    field.setErrorMessage(e.getMessage());
    field.setInvalid(true);
  }

  private void startRebuild() {
    indexer.rebuild();
    refreshIndexStatus();
  }

  /** Shows the index state; while a rebuild runs, polls until it ends. */
  void refreshIndexStatus() {
    IndexStatus status = indexer.status();
    UI ui = UI.getCurrent();
    boolean running = status.running();
    indexProgress.setVisible(running);
    rebuild.setEnabled(!running);
    indexNotice.setVisible(running || rebuild.isVisible());
    if (running) {
      indexProgress.setIndeterminate(status.total() == 0);
      indexProgress.setValue(status.fraction());
      indexNotice.setText(
          "Rebuilding the search index: "
              + status.indexed()
              + (status.total() > 0 ? " of " + status.total() : "")
              + " messages. Results may be incomplete until it ends.");
    } else {
      indexNotice.setText(finishedText(status));
    }
    if (ui != null) {
      ui.setPollInterval(running ? 500 : -1);
      if (running && pollRegistration == null) {
        pollRegistration = ui.addPollListener(e -> refreshIndexStatus());
      } else if (!running && pollRegistration != null) {
        pollRegistration.remove();
        pollRegistration = null;
      }
    }
  }

  private static String finishedText(IndexStatus status) {
    return switch (status.state()) {
      case DONE ->
          "Search index rebuilt: "
              + status.indexed()
              + " messages"
              + (status.took() == null ? "" : " in " + status.took().toSeconds() + " s")
              + ".";
      case FAILED -> "The last rebuild failed: " + status.error();
      default -> "The index follows every change; rebuild it only if results look wrong.";
    };
  }

  static Component hitCard(SearchHit hit) {
    Anchor open =
        new Anchor(
            hit.link(),
            hit.conversationRef() == null
                ? "Conversation " + hit.conversationId()
                : hit.conversationRef());
    open.addClassName("rc-search-link");
    List<String> facts = new ArrayList<>();
    if (hit.kind() == SearchHit.Kind.REVIEW_COMMENT) {
      facts.add(
          "QA review comment" + (hit.agentId() == null ? "" : " on " + hit.agentId() + "'s reply"));
    }
    if (hit.author() != null) {
      facts.add(label(hit.author()) + (hit.agentId() == null ? "" : " " + hit.agentId()));
    }
    if (hit.channel() != null) {
      facts.add(label(hit.channel()));
    }
    facts.add(WHEN.format(hit.at()));
    Span meta = new Span(String.join(" · ", facts));
    meta.addClassName("rc-search-meta");
    Div head = new Div(open, meta);
    head.addClassName("rc-search-head");
    if (hit.worstSeverity() != null && hit.worstSeverity() != Severity.MINOR) {
      Span severity = new Span(label(hit.worstSeverity()) + " finding");
      severity.getElement().getThemeList().add("badge small");
      severity
          .getElement()
          .getThemeList()
          .add(hit.worstSeverity() == Severity.CRITICAL ? "error" : "contrast");
      head.add(severity);
    }
    Div card = new Div(head);
    card.addClassName("rc-search-hit");
    for (Highlight fragment : hit.highlights()) {
      card.add(fragment(fragment));
    }
    return card;
  }

  /** A fragment as text nodes and {@code <em>} elements: the message's text is never markup. */
  static Div fragment(Highlight highlight) {
    Div fragment = new Div();
    fragment.addClassName("rc-search-fragment");
    for (Highlight.Part part : highlight.parts()) {
      fragment.add(part.hit() ? new Emphasis(part.text()) : new Text(part.text()));
    }
    return fragment;
  }

  private static String label(Enum<?> value) {
    String words = value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
