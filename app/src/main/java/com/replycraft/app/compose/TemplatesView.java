package com.replycraft.app.compose;

import com.replycraft.app.security.Role;
import com.replycraft.app.ui.Names;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.templates.Template;
import com.replycraft.templates.TemplateHit;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The template library: search, channel filter, preview. */
@Route("templates")
@PageTitle("Templates")
@Menu(order = 20, title = "Templates", icon = "vaadin:file-text-o")
@RolesAllowed({Role.AGENT_NAME, Role.TRAINER_NAME, Role.ADMIN_NAME})
public class TemplatesView extends Div {

  final TextField search = new TextField();
  final Select<Channel> channel = new Select<>();
  final Grid<TemplateHit> grid = new Grid<>();
  final Div preview = new Div();
  private final ComposeService compose;

  TemplatesView(ComposeService compose) {
    this.compose = compose;
    addClassName("rc-templates");
    search.setId("template-search");
    search.setPlaceholder("Search templates: refund, outage, bereavement…");
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setWidth("24em");
    search.addValueChangeListener(e -> refresh());
    channel.setId("template-channel");
    channel.setPlaceholder("All channels");
    channel.setEmptySelectionAllowed(true);
    channel.setEmptySelectionCaption("All channels");
    channel.setItems(Arrays.stream(Channel.values()).filter(c -> c != Channel.VOICE).toList());
    channel.setItemLabelGenerator(c -> c == null ? "All channels" : Names.channel(c));
    channel.addValueChangeListener(e -> refresh());
    grid.setId("template-grid");
    grid.addColumn(h -> h.template().title()).setHeader("Template").setFlexGrow(3);
    grid.addColumn(
            h ->
                h.template().channels().stream()
                    .map(Names::channel)
                    .collect(Collectors.joining(", ")))
        .setHeader("Channels")
        .setFlexGrow(2);
    grid.addColumn(h -> String.join(", ", h.template().intents())).setHeader("Intents");
    grid.asSingleSelect().addValueChangeListener(e -> showPreview(e.getValue()));
    preview.setId("template-preview");
    preview.addClassName("rc-template-preview");
    HorizontalLayout filters = new HorizontalLayout(search, channel);
    SplitLayout split = new SplitLayout(grid, preview);
    split.setSplitterPosition(55);
    split.addClassName("rc-templates-split");
    add(filters, split);
    refresh();
  }

  void refresh() {
    grid.setItems(compose.searchTemplates(search.getValue(), channel.getValue(), 100));
  }

  private void showPreview(TemplateHit hit) {
    preview.removeAll();
    if (hit == null) {
      preview.add(new Span("Select a template to preview it."));
      return;
    }
    Template t = hit.template();
    Div body = new Div();
    body.setText(t.body());
    body.addClassName("rc-template-body");
    Span tags = new Span(String.join(" · ", t.tags()));
    tags.addClassName("rc-muted");
    preview.add(new H3(t.title()), tags, body);
  }
}
