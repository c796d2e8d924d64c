package com.replycraft.app.agent;

import com.replycraft.app.security.Role;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * Admin page: puts agents in teams and links the agent ids that help desk exports carry to the
 * agents' accounts, so imported conversations, reviews and insights reach the right person.
 */
@Route("admin/agents")
@PageTitle("Agents")
@Menu(order = 91, title = "Agents", icon = "vaadin:headset")
@RolesAllowed(Role.ADMIN_NAME)
public class AgentsView extends VerticalLayout {

  final Grid<AgentProfile> grid = new Grid<>();
  final ComboBox<String> team = new ComboBox<>("Team");
  final ComboBox<String> agentId = new ComboBox<>("Agent id");
  final Button link = new Button("Link");
  final HorizontalLayout linkedIds = new HorizontalLayout();
  final Span unlinkedNote = new Span();

  private final AgentDirectory directory;
  private final VerticalLayout editor = new VerticalLayout();
  private final H3 editorTitle = new H3();
  private @Nullable AgentProfile selected;

  AgentsView(AgentDirectory directory) {
    this.directory = directory;
    setSizeFull();
    add(
        new H3("Agents"),
        new Paragraph(
            "Link each agent to the ids your help desk exports carry (e.g. \"tel-agent-17\"), so"
                + " their reviews, training and insights reach them. One id belongs to one agent;"
                + " an agent may have several."),
        unlinkedNote,
        grid(),
        editor());
    refresh();
  }

  private Grid<AgentProfile> grid() {
    grid.addColumn(AgentProfile::displayName).setHeader("Agent").setAutoWidth(true);
    grid.addColumn(AgentProfile::username).setHeader("Username").setAutoWidth(true);
    grid.addColumn(a -> a.team() == null ? "—" : a.team()).setHeader("Team").setAutoWidth(true);
    grid.addColumn(a -> a.agentIds().isEmpty() ? "none linked" : String.join(", ", a.agentIds()))
        .setHeader("Agent ids");
    grid.setHeight("18rem");
    grid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));
    return grid;
  }

  private VerticalLayout editor() {
    team.setAllowCustomValue(true);
    team.setClearButtonVisible(true);
    team.setHelperText("Pick a team or type a new one");
    team.setId("agent-team");
    team.addCustomValueSetListener(e -> team.setValue(e.getDetail()));
    team.addValueChangeListener(
        e -> {
          if (e.isFromClient() && selected != null) {
            run(() -> directory.setTeam(selected.userId(), e.getValue()), "Team saved", team);
          }
        });
    agentId.setAllowCustomValue(true);
    agentId.setHelperText("Ids seen in imports are listed; you may type another");
    agentId.setId("agent-id");
    agentId.addCustomValueSetListener(e -> agentId.setValue(e.getDetail()));
    link.setId("agent-link");
    link.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    link.addClickListener(e -> linkSelected());
    HorizontalLayout linking = new HorizontalLayout(agentId, link);
    linking.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    linkedIds.setId("agent-linked-ids");
    editor.add(editorTitle, team, linking, linkedIds);
    editor.setPadding(false);
    editor.setVisible(false);
    return editor;
  }

  private void select(@Nullable AgentProfile agent) {
    selected = agent;
    editor.setVisible(agent != null);
    if (agent == null) {
      return;
    }
    editorTitle.setText(agent.displayName());
    team.setItems(directory.teams());
    team.setValue(agent.team());
    agentId.setItems(directory.unlinkedAgentIds());
    agentId.clear();
    linkedIds.removeAll();
    if (agent.agentIds().isEmpty()) {
      linkedIds.add(new Span("No agent ids linked yet."));
    }
    for (String id : agent.agentIds()) {
      Button unlink = new Button("Unlink " + id, e -> unlinkSelected(id));
      unlink.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      linkedIds.add(unlink);
    }
  }

  private void linkSelected() {
    String id = agentId.getValue();
    if (selected == null) {
      return;
    }
    if (id == null || id.isBlank()) {
      agentId.setInvalid(true);
      agentId.setErrorMessage("Enter the agent id as your help desk exports it");
      return;
    }
    agentId.setInvalid(false);
    run(() -> directory.link(selected.userId(), id), "Linked " + id.strip(), agentId);
  }

  private void unlinkSelected(String id) {
    run(() -> directory.unlink(id), "Unlinked " + id, agentId);
  }

  private void run(Runnable change, String done, HasValidation field) {
    long userId = selected == null ? -1 : selected.userId();
    try {
      change.run();
    } catch (AgentLinkException e) {
      field.setInvalid(true);
      field.setErrorMessage(e.getMessage());
      return;
    }
    field.setInvalid(false);
    Notification.show(done).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    refresh();
    directory.agents().stream()
        .filter(a -> a.userId() == userId)
        .findFirst()
        .ifPresent(grid::select);
  }

  private void refresh() {
    grid.setItems(directory.agents());
    int unlinked = directory.unlinkedAgentIds().size();
    unlinkedNote.setText(
        unlinked == 0
            ? "Every agent id seen in imports is linked."
            : unlinked + " agent id(s) seen in imports are not linked to anyone yet.");
  }
}
