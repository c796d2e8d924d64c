package com.replycraft.app.training;

import com.replycraft.app.security.Role;
import com.replycraft.app.ui.Names;
import com.replycraft.scoring.Dimension;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Progress of one agent or one team: pass rate and average dimension scores over time as
 * server-rendered SVG charts, with the skills table beside them, weakest first.
 */
@Route("training/progress")
@PageTitle("Training progress")
@Menu(order = 53, title = "Training progress", icon = "vaadin:chart-line")
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
public class TrainingProgressView extends Div implements BeforeEnterObserver {

  private static final Map<Dimension, String> COLOURS =
      Map.of(
          Dimension.TONE, "#1f77b4",
          Dimension.CLARITY, "#2ca02c",
          Dimension.DELAY_ACKNOWLEDGEMENT, "#d62728",
          Dimension.EMPATHY, "#9467bd",
          Dimension.CHANNEL_FIT, "#ff7f0e");

  private final ProgressService progress;

  final ComboBox<String> agent = new ComboBox<>("Agent");
  final ComboBox<String> team = new ComboBox<>("Team");
  final Div content = new Div();
  final Grid<Progress.SkillResult> skills = new Grid<>(Progress.SkillResult.class, false);
  @Nullable Progress shown;

  TrainingProgressView(ProgressService progress, AssignmentService assignments) {
    this.progress = progress;
    addClassName("rc-page");
    Map<String, String> labels =
        assignments.agents().stream()
            .collect(Collectors.toMap(a -> a.username(), a -> a.displayName(), (x, y) -> x));
    agent.setId("progress-agent");
    agent.setItems(labels.keySet().stream().sorted().toList());
    agent.setItemLabelGenerator(u -> labels.getOrDefault(u, u) + " (" + u + ")");
    agent.addValueChangeListener(
        e -> {
          if (e.getValue() != null) {
            team.clear();
            show(progress.ofAgent(e.getValue()));
          }
        });
    team.setId("progress-team");
    team.setItems(assignments.teams());
    team.addValueChangeListener(
        e -> {
          if (e.getValue() != null) {
            agent.clear();
            show(progress.ofTeam(e.getValue()));
          }
        });

    skills.setId("progress-skills");
    skills
        .addColumn(s -> TrainingLabels.skill(s.skill()))
        .setHeader("Skill (weakest first)")
        .setFlexGrow(2);
    skills.addColumn(Progress.SkillResult::attempts).setHeader("Attempts");
    skills.addColumn(s -> TrainingLabels.percent(s.passRate())).setHeader("Pass rate");
    skills
        .addColumn(
            s -> s.averageScore() == null ? "–" : String.valueOf(Math.round(s.averageScore())))
        .setHeader("Average score");
    skills.setAllRowsVisible(true);

    content.setId("progress-content");
    content.add(new Paragraph("Choose an agent or a team."));
    Div pickers = new Div(agent, team);
    pickers.addClassName("rc-filters");
    add(pickers, content);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
    params.getOrDefault("agent", List.of()).stream().findFirst().ifPresent(agent::setValue);
    params.getOrDefault("team", List.of()).stream().findFirst().ifPresent(team::setValue);
  }

  private static Svg chart(String svg) {
    Svg chart = new Svg(svg);
    chart.addClassName("rc-chart-box");
    return chart;
  }

  void show(Progress p) {
    shown = p;
    content.removeAll();
    H3 title =
        new H3(p.who() + " · " + p.attempts() + (p.attempts() == 1 ? " attempt" : " attempts"));
    title.setId("progress-title");
    content.add(title);
    if (p.attempts() == 0) {
      content.add(
          new Paragraph(
              "No attempts yet. Assign exercises from the catalog; results appear here as they are"
                  + " submitted."));
      return;
    }
    List<String> periods =
        p.periods().stream().map(period -> TrainingLabels.DATE.format(period.start())).toList();
    List<@Nullable Double> passRates = new ArrayList<>();
    p.periods().forEach(period -> passRates.add(period.passRate() * 100));
    List<SvgChart.Series> dimensions = new ArrayList<>();
    for (Dimension d : Dimension.values()) {
      List<@Nullable Double> values = new ArrayList<>();
      p.periods().forEach(period -> values.add(period.averages().get(d)));
      dimensions.add(new SvgChart.Series(Names.dimension(d), COLOURS.get(d), values));
    }
    Svg passChart =
        chart(
            SvgChart.lines(
                "Pass rate (%)",
                periods, List.of(new SvgChart.Series("Pass rate %", "#0b6e4f", passRates))));
    passChart.setId("chart-pass-rate");
    Svg dimensionChart = chart(SvgChart.lines("Average score per dimension", periods, dimensions));
    dimensionChart.setId("chart-dimensions");
    skills.setItems(p.skills());
    Div charts =
        new Div(
            new H4("Pass rate over time"),
            passChart,
            new H4("Average score per dimension over time"),
            dimensionChart);
    charts.addClassName("rc-progress-charts");
    Div table = new Div(new H4("Skills"), skills);
    table.addClassName("rc-progress-table");
    Div row = new Div(charts, table);
    row.addClassName("rc-progress");
    content.add(row);
  }
}
