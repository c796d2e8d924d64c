package com.replycraft.app.training;

import com.replycraft.training.Criterion;
import com.replycraft.training.Exercise;
import com.replycraft.training.Mistake;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/** A trainer's look at an exercise: the brief, then the rubric, model reply and mistakes. */
class ExercisePreview extends Div {

  ExercisePreview(Exercise exercise) {
    setId("exercise-preview");
    addClassName("rc-exercise-preview");
    add(new ExerciseBrief(exercise));
    UnorderedList rubric = new UnorderedList();
    rubric.setId("preview-rubric");
    for (Criterion c : exercise.rubric().criteria()) {
      rubric.add(new ListItem(c.description()));
    }
    add(new H4("Rubric"), rubric);
    Div model = new Div();
    model.setText(exercise.modelReply());
    model.setId("preview-model-reply");
    model.addClassName("rc-model-reply");
    add(new H4("Model reply"), model);
    Div mistakes = new Div();
    for (Mistake m : exercise.mistakes()) {
      Div reply = new Div();
      reply.setText(m.reply());
      reply.addClassName("rc-model-reply");
      mistakes.add(
          new Details(
              "Mistake: " + String.join(", ", m.codes()),
              new Div(reply, new Paragraph(m.feedback()))));
    }
    add(new H4("Common mistakes"), mistakes);
  }
}
