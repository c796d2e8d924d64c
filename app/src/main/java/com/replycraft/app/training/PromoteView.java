package com.replycraft.app.training;

import com.replycraft.app.security.Role;
import com.replycraft.app.ui.Names;
import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.thread.Message;
import com.replycraft.training.Difficulty;
import com.replycraft.training.Element;
import com.replycraft.training.Exercise;
import com.replycraft.training.ExerciseProblem;
import com.replycraft.training.Mistake;
import com.replycraft.training.Skill;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Turns a real conversation into an exercise. The form opens on a draft whose customer PII is
 * already replaced with typed placeholders; the trainer checks the turns, completes the situation,
 * rubric, model reply and mistake notes, and publishes it into the catalog.
 */
@Route("training/promote/:conversationId")
@PageTitle("Turn a conversation into an exercise")
@RolesAllowed({Role.TRAINER_NAME, Role.ADMIN_NAME})
public class PromoteView extends Div implements BeforeEnterObserver {

  static final int MISTAKE_ROWS = 2;

  private final PromotionService promotion;
  private final AuthenticationContext authentication;

  final TextField id = new TextField("Exercise id");
  final TextField title = new TextField("Title");
  final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>("Skills practised");
  final Select<Difficulty> difficulty = new Select<>();
  final TextField customerName = new TextField("Customer name (placeholder)");
  final Div turns = new Div();
  final List<TextArea> turnTexts = new ArrayList<>();
  final TextArea situation = new TextArea("Situation");
  final TextArea task = new TextArea("Task");
  final MultiSelectComboBox<FindingCode> mustNotHave =
      new MultiSelectComboBox<>("Finding codes that must be absent");
  final Map<Dimension, IntegerField> minScores = new EnumMap<>(Dimension.class);
  final MultiSelectComboBox<Element> requires = new MultiSelectComboBox<>("Required elements");
  final TextArea modelReply = new TextArea("Model reply");
  final List<TextArea> mistakeReplies = new ArrayList<>();
  final List<TextArea> mistakeFeedback = new ArrayList<>();
  final List<MultiSelectComboBox<String>> mistakeCodes = new ArrayList<>();
  final UnorderedList problems = new UnorderedList();
  final Button publish = new Button("Publish exercise");

  @Nullable ExerciseDraft draft;
  @Nullable Exercise published;

  PromoteView(PromotionService promotion, AuthenticationContext authentication) {
    this.promotion = promotion;
    this.authentication = authentication;
    addClassName("rc-page");
    addClassName("rc-promote");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    long conversationId;
    try {
      conversationId = Long.parseLong(event.getRouteParameters().get("conversationId").orElse(""));
    } catch (NumberFormatException e) {
      showMissing();
      return;
    }
    promotion.draft(conversationId).ifPresentOrElse(this::show, this::showMissing);
  }

  private void showMissing() {
    removeAll();
    add(
        new Paragraph(
            "No such conversation. Open a saved review and choose \"Turn into exercise\"."));
  }

  void show(ExerciseDraft d) {
    this.draft = d;
    removeAll();
    H3 heading = new H3("New exercise from conversation #" + d.sourceConversationId());
    Paragraph note =
        new Paragraph(
            "Customer names, e-mails, phone numbers, card, account and member numbers, dates of"
                + " birth and addresses are already replaced with placeholders such as [NAME_1]."
                + " Dates are moved to a reference week; the gaps between turns are real.");
    note.setId("redaction-note");
    note.addClassName("rc-muted");
    add(heading, note);

    id.setId("promote-id");
    id.setValue(d.id());
    id.setHelperText("kebab-case, e.g. refund-wait-email");
    title.setId("promote-title");
    title.setValue(d.title());
    title.setWidthFull();
    skills.setId("promote-skills");
    skills.setItems(Skill.values());
    skills.setItemLabelGenerator(TrainingLabels::skill);
    skills.setValue(d.skills());
    difficulty.setId("promote-difficulty");
    difficulty.setLabel("Difficulty");
    difficulty.setItems(Difficulty.values());
    difficulty.setItemLabelGenerator(v -> v == null ? "" : TrainingLabels.difficulty(v));
    difficulty.setValue(d.difficulty());
    customerName.setId("promote-customer");
    customerName.setValue(d.customerName() == null ? "" : d.customerName());
    add(row(id, difficulty, customerName), title, skills);

    turns.setId("promote-thread");
    turns.removeAll();
    turnTexts.clear();
    for (Message m : d.thread()) {
      TextArea text =
          new TextArea(
              (m.author().name().charAt(0) + m.author().name().substring(1).toLowerCase())
                  + " · "
                  + TrainingLabels.TIME.format(m.at()));
      text.setValue(m.text());
      text.setWidthFull();
      text.addClassName("rc-promote-turn");
      turnTexts.add(text);
      turns.add(text);
    }
    Paragraph replyAt =
        new Paragraph(
            "The agent replies "
                + TrainingLabels.TIME.format(d.replyAt())
                + " ("
                + Names.channel(d.channel())
                + ")");
    replyAt.addClassName("rc-muted");
    add(new H4("Customer thread"), turns, replyAt);

    situation.setId("promote-situation");
    situation.setValue(d.situation());
    situation.setWidthFull();
    task.setId("promote-task");
    task.setValue(d.task());
    task.setWidthFull();
    add(situation, task);

    mustNotHave.setId("promote-must-not-have");
    mustNotHave.setItems(FindingCode.values());
    mustNotHave.setValue(d.mustNotHave());
    mustNotHave.setWidthFull();
    requires.setId("promote-requires");
    requires.setItems(Element.values());
    requires.setItemLabelGenerator(e -> e.name() + " — " + e.description());
    requires.setValue(d.requires());
    requires.setWidthFull();
    Div thresholds = new Div();
    thresholds.addClassName("rc-filters");
    for (Dimension dimension : Dimension.values()) {
      IntegerField min = new IntegerField(Names.dimension(dimension) + " at least");
      min.setId("promote-min-" + Names.cssName(dimension));
      min.setMin(0);
      min.setMax(100);
      min.setValue(d.minScores().get(dimension));
      min.addValueChangeListener(e -> refreshCodeChoices());
      minScores.put(dimension, min);
      thresholds.add(min);
    }
    mustNotHave.addValueChangeListener(e -> refreshCodeChoices());
    requires.addValueChangeListener(e -> refreshCodeChoices());
    add(new H4("Rubric"), mustNotHave, thresholds, requires);

    modelReply.setId("promote-model-reply");
    modelReply.setValue(d.modelReply());
    modelReply.setWidthFull();
    add(new H4("Model reply"), modelReply);

    add(new H4("Common mistakes"));
    mistakeReplies.clear();
    mistakeFeedback.clear();
    mistakeCodes.clear();
    for (int i = 0; i < MISTAKE_ROWS; i++) {
      Mistake given = i < d.mistakes().size() ? d.mistakes().get(i) : null;
      TextArea reply = new TextArea("Mistake " + (i + 1) + ": the wrong reply");
      reply.setId("promote-mistake-reply-" + i);
      reply.setWidthFull();
      reply.setValue(given == null ? "" : given.reply());
      TextArea coaching = new TextArea("Coaching note");
      coaching.setId("promote-mistake-feedback-" + i);
      coaching.setWidthFull();
      coaching.setValue(given == null ? "" : given.feedback());
      MultiSelectComboBox<String> codes = new MultiSelectComboBox<>("Criteria it fails");
      codes.setId("promote-mistake-codes-" + i);
      codes.setWidthFull();
      mistakeReplies.add(reply);
      mistakeFeedback.add(coaching);
      mistakeCodes.add(codes);
      add(reply, coaching, codes);
    }
    refreshCodeChoices();
    for (int i = 0; i < Math.min(MISTAKE_ROWS, d.mistakes().size()); i++) {
      mistakeCodes.get(i).setValue(new TreeSet<>(d.mistakes().get(i).codes()));
    }

    problems.setId("promote-problems");
    problems.addClassName("rc-problems");
    publish.setId("promote-publish");
    publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    publish.addClickListener(e -> publish());
    add(problems, publish);
  }

  /** The mistakes may name only what the rubric checks. */
  private void refreshCodeChoices() {
    List<String> keys = new ArrayList<>();
    mustNotHave.getValue().stream().sorted().forEach(c -> keys.add(c.name()));
    minScores.forEach(
        (dimension, field) -> {
          if (field.getValue() != null) {
            keys.add(dimension.name());
          }
        });
    requires.getValue().stream().sorted().forEach(e -> keys.add(e.name()));
    for (MultiSelectComboBox<String> codes : mistakeCodes) {
      var kept = new TreeSet<>(codes.getValue());
      kept.retainAll(keys);
      codes.setItems(keys);
      codes.setValue(kept);
    }
  }

  private static Div row(com.vaadin.flow.component.Component... components) {
    Div row = new Div(components);
    row.addClassName("rc-filters");
    return row;
  }

  /** Checks the form beside each field, then lets the exercise parser have the last word. */
  void publish() {
    ExerciseDraft d = draft;
    if (d == null) {
      return;
    }
    problems.removeAll();
    List<HasValidation> fields =
        new ArrayList<>(List.of(id, title, skills, situation, task, modelReply, mustNotHave));
    fields.addAll(mistakeReplies);
    fields.addAll(mistakeFeedback);
    fields.addAll(mistakeCodes);
    fields.forEach(f -> f.setInvalid(false));
    boolean ok = true;
    ok &=
        require(
            id,
            id.getValue().matches("[a-z0-9]+(?:-[a-z0-9]+)*"),
            "Use kebab-case: lower-case words joined by -.");
    ok &= require(id, !promotion.idTaken(id.getValue()), "This id is already in the catalog.");
    ok &= require(title, !title.getValue().isBlank(), "Give the exercise a title.");
    ok &= require(skills, !skills.getValue().isEmpty(), "Choose at least one skill.");
    ok &= require(situation, !situation.getValue().isBlank(), "Describe the situation.");
    ok &= require(task, !task.getValue().isBlank(), "Say what the agent must do.");
    ok &= require(modelReply, !modelReply.getValue().isBlank(), "Write the model reply.");
    boolean rubricChecksSomething =
        !mustNotHave.getValue().isEmpty()
            || !requires.getValue().isEmpty()
            || minScores.values().stream().anyMatch(f -> f.getValue() != null);
    ok &= require(mustNotHave, rubricChecksSomething, "The rubric must check something.");
    List<Mistake> mistakes = new ArrayList<>();
    for (int i = 0; i < MISTAKE_ROWS; i++) {
      String reply = mistakeReplies.get(i).getValue();
      String note = mistakeFeedback.get(i).getValue();
      if (reply.isBlank() && note.isBlank()) {
        continue;
      }
      ok &= require(mistakeReplies.get(i), !reply.isBlank(), "Write the wrong reply.");
      ok &= require(mistakeFeedback.get(i), !note.isBlank(), "Write the coaching note.");
      ok &=
          require(
              mistakeCodes.get(i),
              !mistakeCodes.get(i).getValue().isEmpty(),
              "Name the criteria it fails.");
      mistakes.add(
          new Mistake(reply, note, new ArrayList<>(new TreeSet<>(mistakeCodes.get(i).getValue()))));
    }
    ok &= require(mistakeReplies.get(0), !mistakes.isEmpty(), "Give at least one common mistake.");
    if (!ok) {
      return;
    }
    List<Message> thread = new ArrayList<>();
    for (int i = 0; i < d.thread().size(); i++) {
      Message m = d.thread().get(i);
      thread.add(new Message(m.author(), m.at(), turnTexts.get(i).getValue()));
    }
    Map<Dimension, Integer> thresholds = new EnumMap<>(Dimension.class);
    minScores.forEach(
        (dimension, field) -> {
          if (field.getValue() != null) {
            thresholds.put(dimension, field.getValue());
          }
        });
    ExerciseDraft finished =
        new ExerciseDraft(
            id.getValue().strip(),
            title.getValue().strip(),
            skills.getValue(),
            d.channel(),
            difficulty.getValue() == null ? Difficulty.INTERMEDIATE : difficulty.getValue(),
            customerName.getValue().isBlank() ? null : customerName.getValue().strip(),
            d.customerAuthenticated(),
            thread,
            d.replyAt(),
            situation.getValue().strip(),
            task.getValue().strip(),
            Arrays.stream(FindingCode.values()).filter(mustNotHave.getValue()::contains).toList(),
            thresholds,
            Arrays.stream(Element.values()).filter(requires.getValue()::contains).toList(),
            modelReply.getValue().strip(),
            mistakes,
            d.sourceConversationId());
    try {
      published = promotion.publish(finished, authentication.getPrincipalName().orElse("trainer"));
      Notification n =
          Notification.show(
              "Published \"" + published.title() + "\": it is in the catalog and can be assigned.",
              4000,
              Notification.Position.BOTTOM_END);
      n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      getUI().ifPresent(ui -> ui.navigate(TrainingCatalogView.class));
    } catch (InvalidExerciseException invalid) {
      for (ExerciseProblem problem : invalid.problems()) {
        problems.add(new ListItem(problem.message()));
      }
    }
  }

  private static boolean require(HasValidation field, boolean condition, String message) {
    if (!condition && !field.isInvalid()) {
      field.setErrorMessage(message);
      field.setInvalid(true);
    }
    return condition;
  }
}
