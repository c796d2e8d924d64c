package com.replycraft.app.training;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.Highlights;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * A reply with the scorer's findings highlighted, in the composer's look: one span per segment,
 * classed by severity, naming its finding codes in {@code data-codes} and its messages as a
 * tooltip.
 */
class HighlightedReply extends Div {

  HighlightedReply() {
    addClassName("rc-preview");
  }

  void show(String text, List<Finding> findings) {
    removeAll();
    if (text.isBlank()) {
      Span empty = new Span("Highlights appear here as you write.");
      empty.addClassName("rc-muted");
      add(empty);
      return;
    }
    for (Highlights.Segment segment : Highlights.of(text, findings)) {
      Span span = new Span(segment.text());
      if (segment.highlighted()) {
        span.addClassNames("rc-hl", "rc-sev-" + TrainingLabels.cssName(segment.severity()));
        if (segment.insertion()) {
          span.addClassName("rc-hl-insert");
        }
        span.getElement()
            .setAttribute(
                "data-codes",
                String.join(" ", segment.findings().stream().map(f -> f.code().name()).toList()));
        span.getElement()
            .setAttribute(
                "title",
                String.join("\n", segment.findings().stream().map(Finding::message).toList()));
      }
      add(span);
    }
  }
}
