package com.replycraft.app.review.calibration;

import com.replycraft.app.review.queue.QueueFilter;
import com.replycraft.app.review.scorecard.ScorecardService;
import com.replycraft.app.review.scorecard.ScorecardSummary;
import com.replycraft.app.security.UserSummary;
import com.replycraft.app.ui.ConstraintRules;
import com.replycraft.scoring.thread.Channel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Sets up a session: name, scorecard, conversations and the reviewers to invite. */
class NewSessionDialog extends Dialog {

  static final String RISKIEST = "Riskiest in the review queue";
  static final String BY_ID = "By id";

  final TextField name = new TextField("Name");
  final Select<ScorecardSummary> scorecard = new Select<>();
  final RadioButtonGroup<String> source = new RadioButtonGroup<>("Conversations");
  final IntegerField count = new IntegerField("How many");
  final Select<Channel> channel = new Select<>();
  final ComboBox<String> agent = new ComboBox<>("Agent id");
  final Checkbox escalationMissed = new Checkbox("Only where a call was advised and not offered");
  final TextArea ids = new TextArea("Conversation ids");
  final MultiSelectComboBox<UserSummary> reviewers = new MultiSelectComboBox<>("Reviewers");
  final Button create = new Button("Create session");

  private final CalibrationService calibration;
  private final String facilitator;
  private final LongConsumer created;
  private final Binder<String[]> binder = new Binder<>();

  NewSessionDialog(
      CalibrationService calibration,
      ScorecardService scorecards,
      Validator validator,
      String facilitator,
      LongConsumer created) {
    this.calibration = calibration;
    this.facilitator = facilitator;
    this.created = created;
    setHeaderTitle("New calibration session");
    setWidth("min(44em, 96vw)");
    name.setPlaceholder("e.g. Week 48 – email refunds");
    binder
        .forField(name)
        .withValidator(ConstraintRules.of(validator, NewSession.class, "name"))
        .bind(h -> h[0], (h, v) -> h[0] = v);
    binder.setBean(new String[] {""});
    scorecard.setLabel("Scorecard");
    List<ScorecardSummary> cards = scorecards.scorecards();
    scorecard.setItems(cards);
    scorecard.setItemLabelGenerator(s -> s.current().label());
    if (!cards.isEmpty()) {
      scorecard.setValue(cards.get(0));
    }
    scorecard.setHelperText("Its current version; later edits do not change the session");
    source.setItems(RISKIEST, BY_ID);
    source.setValue(RISKIEST);
    count.setMin(1);
    count.setMax(NewSession.MAX_CONVERSATIONS);
    count.setValue(5);
    count.setStepButtonsVisible(true);
    count.setHelperText("In the queue's risk order, narrowed by the filters beside");
    channel.setLabel("Channel");
    channel.setItems(Channel.values());
    channel.setEmptySelectionAllowed(true);
    channel.setEmptySelectionCaption("Any channel");
    agent.setItems(calibration.queueAgentIds());
    agent.setClearButtonVisible(true);
    agent.setPlaceholder("Any agent");
    ids.setPlaceholder(
        "External ids (as imported) or ReplyCraft ids, separated by commas or lines");
    ids.setVisible(false);
    source.addValueChangeListener(
        e -> {
          boolean riskiest = RISKIEST.equals(e.getValue());
          count.setVisible(riskiest);
          channel.setVisible(riskiest);
          agent.setVisible(riskiest);
          escalationMissed.setVisible(riskiest);
          ids.setVisible(BY_ID.equals(e.getValue()));
        });
    reviewers.setItems(calibration.reviewers());
    reviewers.setItemLabelGenerator(u -> u.displayName() + " (" + u.username() + ")");
    reviewers.setHelperText("At least two; each rates every conversation on every category");
    FormLayout form =
        new FormLayout(
            name, scorecard, source, count, channel, agent, escalationMissed, ids, reviewers);
    form.setColspan(source, 2);
    form.setColspan(escalationMissed, 2);
    form.setColspan(ids, 2);
    form.setColspan(reviewers, 2);
    add(form);
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(click -> submit());
    getFooter().add(new Button("Cancel", click -> close()), create);
  }

  void submit() {
    clearErrors();
    boolean ok = binder.validate().isOk();
    ScorecardSummary card = scorecard.getValue();
    if (card == null) {
      scorecard.setInvalid(true);
      scorecard.setErrorMessage("Choose a scorecard");
      ok = false;
    }
    List<Long> conversations = conversations();
    if (conversations == null) {
      ok = false;
    }
    Set<String> invited =
        reviewers.getValue().stream().map(UserSummary::username).collect(Collectors.toSet());
    if (invited.size() < 2) {
      fail(reviewers, "Invite at least two reviewers: agreement needs two");
      ok = false;
    }
    if (!ok || card == null || conversations == null) {
      return;
    }
    try {
      long id =
          calibration.create(
              new NewSession(name.getValue(), card.id(), conversations, invited), facilitator);
      close();
      created.accept(id);
    } catch (CalibrationException e) {
      fail(reviewers, e.getMessage());
    } catch (ConstraintViolationException e) {
      e.getConstraintViolations()
          .forEach(
              v -> {
                String field = v.getPropertyPath().toString();
                if (field.endsWith("conversationIds")) {
                  fail(BY_ID.equals(source.getValue()) ? ids : count, v.getMessage());
                } else if (field.endsWith("reviewers")) {
                  fail(reviewers, v.getMessage());
                } else {
                  fail(name, v.getMessage());
                }
              });
    }
  }

  /** The chosen conversation ids, or null after showing what is wrong beside the field. */
  private @Nullable List<Long> conversations() {
    if (RISKIEST.equals(source.getValue())) {
      Integer n = count.getValue();
      if (n == null || n < 1 || n > NewSession.MAX_CONVERSATIONS) {
        fail(count, "Choose 1 to " + NewSession.MAX_CONVERSATIONS);
        return null;
      }
      QueueFilter filter =
          new QueueFilter(
              channel.getValue(),
              agent.getValue(),
              null,
              null,
              null,
              null,
              Set.of(),
              escalationMissed.getValue(),
              null);
      List<Long> riskiest = calibration.riskiest(filter, n);
      if (riskiest.isEmpty()) {
        fail(
            count,
            filter.isEmpty()
                ? "The review queue is empty: import transcripts first"
                : "No conversation in the queue matches these filters");
        return null;
      }
      return riskiest;
    }
    try {
      List<Long> named = calibration.conversationsNamed(ids.getValue());
      if (named.isEmpty()) {
        fail(ids, "Enter at least one conversation id");
        return null;
      }
      return named;
    } catch (CalibrationException e) {
      fail(ids, e.getMessage());
      return null;
    }
  }

  private static void fail(
      com.vaadin.flow.component.HasValidation field, @Nullable String message) {
    field.setErrorMessage(message);
    field.setInvalid(true);
  }

  private void clearErrors() {
    for (var field :
        List.<com.vaadin.flow.component.HasValidation>of(scorecard, count, ids, reviewers)) {
      field.setInvalid(false);
    }
  }
}
