package com.replycraft.app.review.queue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Asks for a spotlight: the period, how many conversations to draw per agent, how many of the
 * riskiest to add, and the seed (the same seed on the same data draws the same sample).
 */
class SpotlightDialog extends Dialog {

  final DatePicker from = new DatePicker("From");
  final DatePicker to = new DatePicker("To");
  final IntegerField perAgent = new IntegerField("Random conversations per agent");
  final IntegerField riskiest = new IntegerField("Plus the riskiest");
  final IntegerField seed = new IntegerField("Seed");
  final Button show = new Button("Show sample");

  SpotlightDialog(
      ReviewQueueService queue, LocalDate today, int suggestedSeed, Consumer<Spotlight> shown) {
    setHeaderTitle("Spotlight sample");
    from.setValue(today.minusDays(30));
    to.setValue(today);
    perAgent.setValue(3);
    perAgent.setMin(1);
    perAgent.setMax(100);
    perAgent.setStepButtonsVisible(true);
    riskiest.setValue(5);
    riskiest.setMin(0);
    riskiest.setMax(500);
    riskiest.setStepButtonsVisible(true);
    seed.setValue(suggestedSeed);
    seed.setHelperText("Enter the same seed again to draw the same sample");
    from.setId("spotlight-from");
    to.setId("spotlight-to");
    perAgent.setId("spotlight-per-agent");
    riskiest.setId("spotlight-riskiest");
    seed.setId("spotlight-seed");
    show.setId("spotlight-show");
    FormLayout form = new FormLayout(from, to, perAgent, riskiest, seed);
    add(
        new Paragraph(
            "Draws the given number of conversations at random for every agent id whose"
                + " conversations ended in the period, and adds the riskiest of the period."),
        form);
    show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    show.addClickListener(
        click -> {
          if (valid()) {
            shown.accept(
                queue.spotlight(
                    from.getValue(),
                    to.getValue(),
                    perAgent.getValue(),
                    riskiest.getValue(),
                    seed.getValue()));
            close();
          }
        });
    getFooter().add(new Button("Cancel", click -> close()), show);
  }

  private boolean valid() {
    boolean ok = true;
    ok &= require(from, from.getValue() != null, "Choose the first day");
    ok &= require(to, to.getValue() != null, "Choose the last day");
    if (from.getValue() != null
        && to.getValue() != null
        && to.getValue().isBefore(from.getValue())) {
      to.setErrorMessage("The period ends before it starts");
      to.setInvalid(true);
      ok = false;
    }
    ok &= require(perAgent, perAgent.getValue() != null && perAgent.getValue() >= 1, "At least 1");
    ok &= require(riskiest, riskiest.getValue() != null && riskiest.getValue() >= 0, "0 or more");
    ok &= require(seed, seed.getValue() != null, "Enter a whole number");
    return ok;
  }

  private static boolean require(
      com.vaadin.flow.component.HasValidation field, boolean condition, String message) {
    field.setErrorMessage(condition ? null : message);
    field.setInvalid(!condition);
    return condition;
  }
}
