package com.replycraft.app.training;

import com.replycraft.app.ui.Names;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Message;
import com.replycraft.templates.WaitWords;
import com.replycraft.training.Exercise;
import com.replycraft.training.Skill;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;

/**
 * What an agent reads before writing: title, skills, channel and difficulty, the customer thread as
 * a timeline with the gaps between turns and the wait up to the reply, the situation and the task.
 */
class ExerciseBrief extends Div {

  ExerciseBrief(Exercise exercise) {
    addClassName("rc-exercise-brief");
    H3 title = new H3(exercise.title());
    title.setId("exercise-title");
    Div badges = new Div();
    badges.addClassName("rc-badges");
    badges.add(badge(Names.channel(exercise.channel()), "contrast"));
    badges.add(badge(TrainingLabels.difficulty(exercise.difficulty()), ""));
    for (Skill skill : exercise.skills().stream().sorted().toList()) {
      badges.add(badge(TrainingLabels.skill(skill), "success"));
    }
    add(title, badges, timeline(exercise));
    add(section("Situation", exercise.situation(), "exercise-situation"));
    add(section("Your task", exercise.task(), "exercise-task"));
  }

  static Div timeline(Exercise exercise) {
    Div timeline = new Div();
    timeline.setId("timeline");
    timeline.addClassName("rc-timeline");
    Message previous = null;
    String customer = exercise.customer().name() == null ? "Customer" : exercise.customer().name();
    for (Message m : exercise.thread()) {
      if (previous != null) {
        gap(timeline, Duration.between(previous.at(), m.at()), " later");
      }
      String who =
          switch (m.author()) {
            case CUSTOMER -> customer;
            case BOT -> "Bot";
            case AGENT -> "Agent";
          };
      Span author = new Span(who);
      author.addClassName("rc-turn-author");
      Span when = new Span(TrainingLabels.TIME.format(m.at()));
      when.addClassName("rc-turn-time");
      Div head = new Div(author, when);
      head.addClassName("rc-turn-head");
      Div text = new Div();
      text.setText(m.text());
      text.addClassName("rc-turn-text");
      Div turn = new Div(head, text);
      turn.addClassNames("rc-turn", "rc-turn-" + Names.cssName(m.author()));
      timeline.add(turn);
      previous = m;
    }
    if (previous != null) {
      Duration wait = Duration.between(previous.at(), exercise.replyAt());
      Span now =
          new Span(
              "You reply "
                  + TrainingLabels.TIME.format(exercise.replyAt())
                  + (previous.author() == Author.CUSTOMER
                      ? " · " + WaitWords.of(wait) + " after the last message"
                      : ""));
      now.setId("reply-at");
      now.addClassName("rc-wait-line");
      timeline.add(now);
    }
    return timeline;
  }

  private static void gap(Div timeline, Duration gap, String suffix) {
    if (gap.toMinutes() >= 1) {
      Div separator = new Div(new Span(WaitWords.of(gap) + suffix));
      separator.addClassName("rc-gap");
      timeline.add(separator);
    }
  }

  private static Div section(String title, String text, String id) {
    Paragraph body = new Paragraph(text);
    body.setId(id);
    return new Div(new H4(title), body);
  }

  static Span badge(String text, String theme) {
    Span badge = new Span(text);
    badge.getElement().getThemeList().add("badge small");
    if (!theme.isEmpty()) {
      badge.getElement().getThemeList().add(theme);
    }
    return badge;
  }
}
