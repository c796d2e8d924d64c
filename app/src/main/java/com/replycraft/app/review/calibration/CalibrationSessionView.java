package com.replycraft.app.review.calibration;

import com.replycraft.app.conversation.ThreadMessage;
import com.replycraft.app.conversation.ThreadSnapshot;
import com.replycraft.app.review.scorecard.Rating;
import com.replycraft.app.review.scorecard.ScorecardCategory;
import com.replycraft.app.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * One calibration session: an invited reviewer rates each conversation blind (only the transcript
 * and the scorecard: neither the other reviewers' ratings nor the auto-QA's findings, so that the
 * auto-QA agreement compares independent judgements); the results show once allowed (see {@link
 * CalibrationService}).
 */
@Route("calibration/:sessionId")
@PageTitle("Calibration session")
@RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
public class CalibrationSessionView extends VerticalLayout implements BeforeEnterObserver {

  /** The value a rating field uses for "not applicable". */
  static final int NA = 0;

  static final String INTERPRETATION =
      "Krippendorff's alpha: 1 = perfect agreement, 0 = no better than chance, below 0 ="
          + " systematic disagreement. By Krippendorff's convention (Content Analysis, 2nd ed.,"
          + " 2004, p. 241) rely on a category with α ≥ 0.800, draw only tentative conclusions"
          + " from 0.667 ≤ α < 0.800, and below that discuss it before relying on it. Yes/no"
          + " categories are compared as nominal, point scales as interval (the review score"
          + " treats points as equally spaced). Percent agreement is the share of pairs of"
          + " ratings of the same conversation that are identical; N/A takes no part. Auto-QA α is"
          + " the mean of alpha between the auto-QA and each reviewer.";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneId.systemDefault());

  final H3 title = new H3();
  final Span meta = new Span();
  final Div progress = new Div();
  final Select<SessionDetail.Item> conversation = new Select<>();
  final Div transcript = new Div();
  final Map<Long, RadioButtonGroup<Integer>> ratingFields = new LinkedHashMap<>();
  final Button submit = new Button("Submit my ratings");
  final Button close = new Button("Close session");
  final Paragraph notice = new Paragraph();
  final Grid<CategoryResult> agreement = new Grid<>();
  final Grid<ConversationSpread> spread = new Grid<>();
  @Nullable Anchor csv;

  private final CalibrationService calibration;
  private final AuthenticationContext authentication;
  private String viewer = "";
  private boolean admin;
  private long sessionId;
  private @Nullable SessionDetail detail;
  private boolean loading;

  CalibrationSessionView(CalibrationService calibration, AuthenticationContext authentication) {
    this.calibration = calibration;
    this.authentication = authentication;
    setWidthFull();
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickListener(click -> submitRatings());
    close.addClickListener(click -> confirmClose());
    conversation.setLabel("Conversation");
    conversation.setItemLabelGenerator(SessionDetail.Item::label);
    conversation.addValueChangeListener(e -> showConversation(e.getValue()));
    transcript.addClassName("rc-timeline");
    notice.addClassName("rc-muted");
    agreementGrid();
    spreadGrid();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      sessionId = Long.parseLong(event.getRouteParameters().get("sessionId").orElse(""));
      render();
    } catch (NumberFormatException | NoSuchElementException e) {
      event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
    }
  }

  void render() {
    removeAll();
    ratingFields.clear();
    agreement.setItems(List.of());
    spread.setItems(List.of());
    csv = null;
    // Who is looking is read on every render, never kept from an earlier one.
    viewer = authentication.getPrincipalName().orElse("");
    admin = authentication.hasRole(Role.ADMIN_NAME);
    SessionDetail session = calibration.session(sessionId);
    detail = session;
    title.setText(session.name());
    meta.setText(
        session.scorecard().label()
            + " · "
            + (session.open() ? "Open" : "Closed")
            + " · facilitated by "
            + session.createdBy()
            + " · "
            + session.conversations().size()
            + " conversations");
    meta.addClassName("rc-muted");
    progress.setText(
        session.participants().stream()
            .map(
                p ->
                    p.username()
                        + (p.submitted() ? ": submitted" : ": " + p.rated() + " of " + p.needed()))
            .reduce((a, b) -> a + " · " + b)
            .orElse(""));
    progress.addClassName("rc-muted");
    HorizontalLayout head = new HorizontalLayout(new VerticalLayout(title, meta, progress));
    head.setWidthFull();
    close.setVisible(session.open() && (admin || session.createdBy().equals(viewer)));
    head.add(close);
    add(head);
    SessionDetail.Participant me = session.participant(viewer);
    boolean rating = session.open() && me != null && !me.submitted();
    if (rating) {
      add(workspace(session));
    } else {
      notice.setText(noticeFor(session, me));
      add(notice);
    }
    calibration.results(sessionId, viewer).ifPresent(results -> add(results(results)));
  }

  private static String noticeFor(SessionDetail session, SessionDetail.@Nullable Participant me) {
    if (!session.open()) {
      return "The session is closed: the results count every reviewer who submitted.";
    }
    if (me != null) {
      return "You submitted your ratings; they are final. The results count everyone who has"
          + " submitted so far and are complete when the session is closed.";
    }
    return "You are not rating in this session. Its results open when it is closed, so that"
        + " nobody can pass on how others rated.";
  }

  private Component workspace(SessionDetail session) {
    Paragraph help =
        new Paragraph(
            "Your ratings save as you choose them; nobody else can see them. Submit once every"
                + " conversation is rated on every category: your ratings are then final and the"
                + " results open to you.");
    help.addClassName("rc-muted");
    Button previous = new Button("Previous", click -> step(-1));
    Button next = new Button("Next", click -> step(1));
    HorizontalLayout nav = new HorizontalLayout(conversation, previous, next);
    nav.setAlignItems(Alignment.BASELINE);
    VerticalLayout left = new VerticalLayout(nav, transcript);
    left.setPadding(false);
    left.addClassName("rc-calibration-thread");
    VerticalLayout right = new VerticalLayout(new H4("Your ratings"));
    right.setPadding(false);
    right.addClassName("rc-calibration-ratings");
    for (ScorecardCategory category : session.scorecard().categories()) {
      RadioButtonGroup<Integer> field = new RadioButtonGroup<>(category.name());
      List<Integer> items = new ArrayList<>(category.scale().allPoints());
      if (category.naAllowed()) {
        items.add(NA);
      }
      field.setItems(items);
      field.setItemLabelGenerator(p -> p == NA ? "N/A" : category.scale().describe(p));
      field.addThemeVariants(RadioGroupVariant.LUMO_HELPER_ABOVE_FIELD);
      if (category.critical()) {
        field.setHelperText("Critical: failing it fails a review");
      }
      field.addValueChangeListener(
          e -> {
            if (!loading && e.getValue() != null) {
              rate(category, e.getValue());
            }
          });
      ratingFields.put(category.id(), field);
      right.add(field);
    }
    right.add(submit);
    Div workspace = new Div(left, right);
    workspace.addClassName("rc-calibration-workspace");
    loading = true;
    conversation.setItems(session.conversations());
    loading = false;
    if (!session.conversations().isEmpty()) {
      conversation.setValue(session.conversations().get(0));
    }
    return new VerticalLayout(help, workspace);
  }

  private void step(int by) {
    SessionDetail session = detail;
    SessionDetail.Item current = conversation.getValue();
    if (session == null || current == null) {
      return;
    }
    int at = session.conversations().indexOf(current) + by;
    if (at >= 0 && at < session.conversations().size()) {
      conversation.setValue(session.conversations().get(at));
    }
  }

  private void showConversation(SessionDetail.@Nullable Item item) {
    transcript.removeAll();
    if (item == null) {
      return;
    }
    ThreadSnapshot thread = calibration.transcript(sessionId, item.conversationId());
    for (ThreadMessage m : thread.messages()) {
      Span author = new Span(author(m));
      author.addClassName("rc-turn-author");
      Span when = new Span(TIME.format(m.sentAt()));
      Div head = new Div(author, when);
      head.addClassName("rc-turn-head");
      Div text = new Div(m.text());
      text.addClassName("rc-turn-text");
      Div turn = new Div(head, text);
      turn.addClassNames("rc-turn", "rc-turn-" + m.author().name().toLowerCase(Locale.ROOT));
      transcript.add(turn);
    }
    Map<Long, Rating> own =
        calibration.ownRatings(sessionId, viewer).getOrDefault(item.conversationId(), Map.of());
    loading = true;
    ratingFields.forEach(
        (categoryId, field) -> {
          Rating r = own.get(categoryId);
          field.setValue(r == null ? null : r.point() == null ? NA : r.point());
        });
    loading = false;
  }

  private static String author(ThreadMessage m) {
    return switch (m.author()) {
      case CUSTOMER -> "Customer";
      case BOT -> "Bot";
      case AGENT -> m.agentId() == null ? "Agent" : "Agent " + m.agentId();
    };
  }

  void rate(ScorecardCategory category, int value) {
    SessionDetail.Item item = conversation.getValue();
    if (item == null) {
      return;
    }
    try {
      calibration.rate(
          sessionId,
          viewer,
          item.conversationId(),
          category.id(),
          value == NA ? Rating.NOT_APPLICABLE : Rating.of(value));
      RadioButtonGroup<Integer> field = ratingFields.get(category.id());
      if (field != null) {
        field.setInvalid(false);
      }
    } catch (CalibrationException e) {
      RadioButtonGroup<Integer> field = ratingFields.get(category.id());
      if (field != null) {
        field.setErrorMessage(e.getMessage());
        field.setInvalid(true);
      }
    }
  }

  void submitRatings() {
    try {
      calibration.submit(sessionId, viewer);
      render();
    } catch (CalibrationException e) {
      Notification n = Notification.show(e.getMessage(), 5000, Notification.Position.MIDDLE);
      n.addThemeVariants(NotificationVariant.LUMO_WARNING);
    }
  }

  private void confirmClose() {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setHeader("Close \"" + title.getText() + "\"?");
    confirm.setText(
        "Nobody can rate any more, and every reviewer sees the results. Ratings not submitted"
            + " take no part.");
    confirm.setCancelable(true);
    confirm.setConfirmText("Close session");
    confirm.addConfirmListener(e -> closeSession());
    confirm.open();
  }

  void closeSession() {
    calibration.close(sessionId, viewer, admin);
    render();
  }

  private Component results(SessionResults results) {
    VerticalLayout box = new VerticalLayout();
    box.setPadding(false);
    box.addClassName("rc-calibration-results");
    box.add(new H3("Results"));
    box.add(
        new Paragraph(
            results.reviewers().isEmpty()
                ? "Nobody has submitted ratings yet."
                : "Over the ratings of "
                    + results.reviewers().size()
                    + " reviewers who submitted: "
                    + String.join(", ", results.reviewers())
                    + "."));
    agreement.setItems(results.categories());
    Paragraph interpretation = new Paragraph(INTERPRETATION);
    interpretation.addClassName("rc-muted");
    interpretation.setId("alpha-interpretation");
    byte[] bytes = results.csv().getBytes(StandardCharsets.UTF_8);
    Anchor download =
        new Anchor(
            DownloadHandler.fromInputStream(
                event ->
                    new DownloadResponse(
                        new ByteArrayInputStream(bytes),
                        "calibration-" + sessionId + ".csv",
                        "text/csv",
                        bytes.length)),
            "Download results as CSV");
    download.getElement().setAttribute("download", true);
    csv = download;
    spread.setItems(results.spreads());
    box.add(agreement, interpretation, download, new H4("Discuss first"), spread);
    return box;
  }

  private void agreementGrid() {
    agreement.addColumn(r -> r.category().name()).setHeader("Category").setFlexGrow(2);
    agreement
        .addColumn(
            r -> r.category().scale().label() + ", " + r.metric().name().toLowerCase(Locale.ROOT))
        .setHeader("Scale")
        .setAutoWidth(true);
    agreement
        .addColumn(r -> orDash(SessionResults.percent(r.percentAgreement())))
        .setHeader("Agreement")
        .setAutoWidth(true);
    agreement.addColumn(r -> r.alpha().formatted()).setHeader("α").setAutoWidth(true);
    agreement.addColumn(r -> r.alpha().interpretation()).setHeader("What it means").setFlexGrow(3);
    agreement
        .addColumn(
            r ->
                r.autoAlpha() == null
                    ? "not rated by auto-QA"
                    : orDash(SessionResults.percent(r.autoPercentAgreement())))
        .setHeader("Auto-QA agreement")
        .setAutoWidth(true);
    agreement
        .addColumn(r -> r.autoAlpha() == null ? "–" : r.autoAlpha().formatted())
        .setHeader("Auto-QA α")
        .setAutoWidth(true);
    agreement.setAllRowsVisible(true);
  }

  private void spreadGrid() {
    spread.addColumn(ConversationSpread::label).setHeader("Conversation").setFlexGrow(2);
    spread
        .addColumn(s -> Math.round(s.spread() * 100) + "% of the scale")
        .setHeader("Spread")
        .setAutoWidth(true);
    spread
        .addColumn(s -> s.ranges().isEmpty() ? "All alike" : String.join("; ", s.ranges()))
        .setHeader("Where reviewers differed")
        .setFlexGrow(3);
    spread.setAllRowsVisible(true);
  }

  private static String orDash(String value) {
    return value.isEmpty() ? "–" : value;
  }
}
