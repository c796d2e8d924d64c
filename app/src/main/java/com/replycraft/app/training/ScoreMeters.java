package com.replycraft.app.training;

import com.replycraft.app.ui.Names;
import com.replycraft.scoring.Dimension;
import com.replycraft.scoring.Scores;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The overall and per-dimension meters, as in the composer. */
class ScoreMeters extends Div {

  private final Map<String, ProgressBar> bars = new HashMap<>();
  private final Map<String, Span> values = new HashMap<>();

  ScoreMeters() {
    addClassName("rc-meters");
    meter("overall", "Overall");
    for (Dimension d : Dimension.values()) {
      meter(Names.cssName(d), Names.dimension(d));
    }
  }

  private void meter(String key, String label) {
    ProgressBar bar = new ProgressBar(0, 100, 0);
    Span value = new Span("–");
    value.addClassName("rc-meter-value");
    Span name = new Span(label);
    name.addClassName("rc-meter-label");
    Div head = new Div(name, value);
    head.addClassName("rc-meter-head");
    Div meter = new Div(head, bar);
    meter.setId("score-" + key);
    meter.addClassName("rc-meter");
    bars.put(key, bar);
    values.put(key, value);
    add(meter);
  }

  void show(@Nullable Scores scores) {
    set("overall", scores == null ? null : scores.overall(), scores != null);
    for (Dimension d : Dimension.values()) {
      set(Names.cssName(d), scores == null ? null : scores.of(d), scores != null);
    }
  }

  @Nullable String value(String key) {
    Span span = values.get(key);
    return span == null ? null : span.getText();
  }

  private void set(String key, @Nullable Integer score, boolean scored) {
    ProgressBar bar = bars.get(key);
    Span value = values.get(key);
    bar.getElement().getThemeList().removeAll(List.of("success", "error", "contrast"));
    if (!scored) {
      bar.setValue(0);
      value.setText("–");
    } else if (score == null) {
      bar.setValue(0);
      value.setText("not owed");
      bar.getElement().getThemeList().add("contrast");
    } else {
      bar.setValue(score);
      value.setText(String.valueOf(score));
      if (score >= 80) {
        bar.getElement().getThemeList().add("success");
      } else if (score < 55) {
        bar.getElement().getThemeList().add("error");
      }
    }
  }
}
