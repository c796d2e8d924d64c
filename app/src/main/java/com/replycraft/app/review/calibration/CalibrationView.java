package com.replycraft.app.review.calibration;

import com.replycraft.app.review.scorecard.ScorecardService;
import com.replycraft.app.security.Role;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Calibration sessions, newest first, and "New session". */
@Route("calibration")
@PageTitle("Calibration")
@Menu(order = 44, title = "Calibration", icon = "vaadin:scale")
@RolesAllowed({Role.REVIEWER_NAME, Role.ADMIN_NAME})
public class CalibrationView extends VerticalLayout {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  final Button newSession = new Button("New session");
  final Grid<SessionSummary> grid = new Grid<>();
  final Paragraph empty =
      new Paragraph(
          "No calibration sessions yet. Start one with \"New session\": choose a scorecard, a few"
              + " conversations and at least two reviewers, who then rate them without seeing each"
              + " other's ratings.");
  NewSessionDialog dialog;

  private final CalibrationService calibration;

  CalibrationView(
      CalibrationService calibration,
      ScorecardService scorecards,
      Validator validator,
      AuthenticationContext authentication) {
    this.calibration = calibration;
    setSizeFull();
    dialog =
        new NewSessionDialog(
            calibration,
            scorecards,
            validator,
            authentication.getPrincipalName().orElse("unknown"),
            id -> getUI().ifPresent(ui -> ui.navigate("calibration/" + id)));
    newSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    newSession.addClickListener(click -> dialog.open());
    Paragraph intro =
        new Paragraph(
            "Several reviewers score the same conversations blind; the results show how far they"
                + " agree per category, how far the auto-QA agrees with them, and which"
                + " conversations to discuss.");
    intro.addClassName("rc-muted");
    HorizontalLayout bar = new HorizontalLayout(intro, newSession);
    bar.setWidthFull();
    bar.setAlignItems(FlexComponent.Alignment.CENTER);
    bar.expand(intro);
    empty.addClassName("rc-empty");
    add(bar, empty, grid());
    refresh();
  }

  private Grid<SessionSummary> grid() {
    grid.addColumn(SessionSummary::name).setHeader("Session").setFlexGrow(2);
    grid.addColumn(SessionSummary::scorecard).setHeader("Scorecard").setAutoWidth(true);
    grid.addColumn(s -> s.status() == SessionStatus.OPEN ? "Open" : "Closed")
        .setHeader("Status")
        .setAutoWidth(true);
    grid.addColumn(SessionSummary::conversations).setHeader("Conversations").setAutoWidth(true);
    grid.addColumn(s -> s.submitted() + " of " + s.reviewers() + " submitted")
        .setHeader("Reviewers")
        .setAutoWidth(true);
    grid.addColumn(SessionSummary::createdBy).setHeader("Facilitator").setAutoWidth(true);
    grid.addColumn(s -> DATE.format(s.createdAt())).setHeader("Created").setAutoWidth(true);
    grid.addItemClickListener(click -> open(click.getItem()));
    grid.setSizeFull();
    return grid;
  }

  void open(SessionSummary session) {
    getUI().ifPresent(ui -> ui.navigate("calibration/" + session.id()));
  }

  void refresh() {
    grid.setItems(
        query -> calibration.sessions(query.getOffset(), query.getLimit()).stream(),
        query -> calibration.countSessions());
    boolean none = calibration.countSessions() == 0;
    empty.setVisible(none);
    grid.setVisible(!none);
  }
}
