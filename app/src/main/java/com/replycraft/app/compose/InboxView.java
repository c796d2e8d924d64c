package com.replycraft.app.compose;

import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.conversation.ConversationSummary;
import com.replycraft.app.security.Role;
import com.replycraft.app.ui.Names;
import com.replycraft.scoring.thread.Author;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;

/** The open threads, the customer who has waited longest first. */
@Route("inbox")
@PageTitle("Inbox")
@Menu(order = 10, title = "Inbox", icon = "vaadin:inbox")
@RolesAllowed({Role.AGENT_NAME, Role.ADMIN_NAME})
public class InboxView extends VerticalLayout {

  final Grid<ConversationSummary> grid = new Grid<>();
  final Button newThread = new Button("New thread", VaadinIcon.PLUS.create());
  private final ConversationService conversations;

  InboxView(ConversationService conversations, ComposeService compose, Clock clock) {
    this.conversations = conversations;
    addClassName("rc-inbox");
    setSizeFull();
    newThread.setId("new-thread");
    newThread.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    newThread.addClickListener(e -> new NewThreadDialog(conversations, clock).open());
    Span hint = new Span("Longest wait first. Open a thread to write the reply.");
    hint.addClassName("rc-muted");
    HorizontalLayout bar = new HorizontalLayout(hint, newThread);
    bar.setWidthFull();
    bar.setAlignItems(Alignment.CENTER);
    bar.expand(hint);
    configureGrid();
    add(bar, grid);
    refresh();
  }

  private void configureGrid() {
    grid.setId("inbox-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setSizeFull();
    grid.addColumn(new ComponentRenderer<>(InboxView::customerCell))
        .setHeader("Customer")
        .setFlexGrow(3)
        .setComparator(ConversationSummary::customer);
    grid.addColumn(s -> Names.channel(s.channel()))
        .setHeader("Channel")
        .setAutoWidth(true)
        .setSortable(true);
    grid.addColumn(s -> s.industry() == null ? "" : s.industry())
        .setHeader("Industry")
        .setAutoWidth(true)
        .setSortable(true);
    var waited =
        grid.addColumn(
                s ->
                    s.waitInfo().customerWaited().isZero()
                        ? "—"
                        : Labels.compact(s.waitInfo().customerWaited()))
            .setHeader("Waited")
            .setAutoWidth(true)
            .setComparator(
                Comparator.comparing((ConversationSummary s) -> s.waitInfo().customerWaited()));
    grid.addColumn(s -> Labels.target(s.waitInfo().responseTarget()))
        .setHeader("Target")
        .setAutoWidth(true);
    grid.addColumn(new ComponentRenderer<>(InboxView::statusBadge))
        .setHeader("Status")
        .setAutoWidth(true);
    grid.sort(
        List.of(
            new com.vaadin.flow.component.grid.GridSortOrder<>(
                waited, com.vaadin.flow.data.provider.SortDirection.DESCENDING)));
    grid.addItemClickListener(
        e ->
            getUI()
                .ifPresent(
                    ui ->
                        ui.navigate(
                            ComposeView.class,
                            new RouteParameters(
                                "conversationId", String.valueOf(e.getItem().id())))));
  }

  void refresh() {
    grid.setItems(conversations.open());
  }

  private static Component customerCell(ConversationSummary s) {
    Span name = new Span(s.customer());
    name.addClassName("rc-inbox-customer");
    Span subject = new Span(s.subject() == null ? "" : s.subject());
    subject.addClassName("rc-inbox-subject");
    Div cell = new Div(name, subject);
    cell.addClassName("rc-inbox-cell");
    return cell;
  }

  static Span statusBadge(ConversationSummary s) {
    Span badge = new Span();
    badge.getElement().getThemeList().add("badge small pill");
    if (s.lastAuthor() == Author.AGENT || s.waitInfo().customerWaited().isZero()) {
      badge.setText("Answered");
      badge.getElement().getThemeList().add("contrast");
    } else if (s.waitInfo().breached()) {
      badge.setText("Overdue");
      badge.getElement().getThemeList().add("error");
    } else {
      badge.setText("Within target");
      badge.getElement().getThemeList().add("success");
    }
    return badge;
  }
}
