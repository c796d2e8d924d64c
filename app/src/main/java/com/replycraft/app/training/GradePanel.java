package com.replycraft.app.training;

import com.replycraft.app.llm.SecondOpinion;
import com.replycraft.app.ui.Names;
import com.replycraft.scoring.Finding;
import com.replycraft.training.CriterionResult;
import com.replycraft.training.Grade;
import com.replycraft.training.Mistake;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of a submitted attempt: pass or "not yet", each rubric criterion, the reply with its
 * findings highlighted, the exercise's coaching note for what went wrong, the trainer's written
 * feedback, the model reply, and (when an LLM is configured) its advisory second opinion.
 */
class GradePanel extends Div {

  final Div aiOpinion = new Div();

  GradePanel(AttemptDetail attempt) {
    setId("grade");
    addClassName("rc-grade");
    Grade grade = attempt.grade();
    H3 verdict = new H3(grade.passed() ? "Pass" : "Not yet");
    verdict.setId("verdict");
    verdict.addClassNames("rc-verdict", grade.passed() ? "rc-verdict-pass" : "rc-verdict-not-yet");
    Span examBadge = ExerciseBrief.badge(attempt.examMode() ? "Exam mode" : "Practice", "contrast");
    Span score = ExerciseBrief.badge("Overall " + grade.score().scores().overall(), "");
    Div head = new Div(verdict, examBadge, score);
    head.addClassName("rc-grade-head");
    add(head);

    add(new H4("Criteria"), criteria(grade));

    add(new H4("Your reply"));
    HighlightedReply reply = new HighlightedReply();
    reply.setId("graded-reply");
    reply.show(grade.attempt(), highlighted(grade));
    add(reply);

    if (!grade.feedback().isEmpty()) {
      Mistake best = grade.feedback().get(0);
      Paragraph note = new Paragraph(best.feedback());
      note.setId("coaching-note");
      note.addClassName("rc-coaching-note");
      add(new H4("Feedback"), note);
    }

    if (attempt.trainerFeedback() != null) {
      Paragraph trainer = new Paragraph(attempt.trainerFeedback());
      trainer.setId("trainer-feedback");
      trainer.addClassName("rc-trainer-feedback");
      add(
          new H4(
              "From your trainer"
                  + (attempt.feedbackBy() == null ? "" : " (" + attempt.feedbackBy() + ")")),
          trainer);
    }

    Div model = new Div();
    model.setText(grade.modelReply());
    model.setId("model-reply");
    model.addClassName("rc-model-reply");
    add(new H4("Model reply"), model);

    aiOpinion.setId("ai-opinion");
    aiOpinion.addClassName("rc-ai-opinion");
    aiOpinion.setVisible(false);
    add(aiOpinion);
  }

  /** The findings the failed criteria rest on, else every finding the scorer raised. */
  private static List<Finding> highlighted(Grade grade) {
    List<Finding> findings = new ArrayList<>();
    grade.failed().forEach(r -> findings.addAll(r.findings()));
    return findings.isEmpty() ? grade.score().findings() : findings;
  }

  private static Div criteria(Grade grade) {
    Div list = new Div();
    list.setId("criteria");
    list.addClassName("rc-criteria");
    for (CriterionResult r : grade.criteria()) {
      var icon = r.passed() ? VaadinIcon.CHECK_CIRCLE.create() : VaadinIcon.CLOSE_CIRCLE.create();
      icon.addClassName(r.passed() ? "rc-criterion-ok" : "rc-criterion-failed");
      Span name = new Span(r.criterion().description());
      name.addClassName("rc-criterion-name");
      Span detail = new Span(r.detail());
      detail.addClassName("rc-muted");
      Div line = new Div(icon, name, detail);
      line.setId("criterion-" + r.criterion().key());
      line.addClassNames(
          "rc-criterion", r.passed() ? "rc-criterion-passed" : "rc-criterion-not-yet");
      list.add(line);
    }
    return list;
  }

  /** Shows the LLM's view beside, never instead of, the grade. */
  void showOpinion(SecondOpinion opinion) {
    aiOpinion.removeAll();
    aiOpinion.add(new H4("AI second opinion — advisory"));
    if (!opinion.available()) {
      aiOpinion.add(new Paragraph(opinion.notice() == null ? "Not available." : opinion.notice()));
    }
    for (SecondOpinion.Opinion o : opinion.dimensions()) {
      Paragraph line =
          new Paragraph(
              Names.dimension(o.dimension())
                  + ": "
                  + (o.score() == null ? "n/a" : o.score())
                  + " — "
                  + o.rationale());
      line.addClassName("rc-muted");
      aiOpinion.add(line);
    }
    aiOpinion.add(
        new Paragraph(
            "The grade above comes from the rubric and the rules; this opinion does not change it."));
    aiOpinion.setVisible(true);
  }
}
