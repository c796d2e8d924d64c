package com.replycraft.app.ui;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.Highlights;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Locale;

/**
 * A reply's text with its findings highlighted: one {@code Span} per segment, highlighted segments
 * carrying {@code rc-hl rc-sev-<severity>} (and {@code rc-hl-insert} for a missing piece), the
 * finding codes in {@code data-codes} and their messages as a tooltip. Used by the composer's live
 * preview and the QA review transcript.
 */
public class HighlightedText extends Div {

  public HighlightedText() {
    addClassName("rc-highlighted");
  }

  public HighlightedText(String text, List<Finding> findings) {
    this();
    show(text, findings);
  }

  /**
   * Replaces the content with {@code text} highlighted by {@code findings}, which are all about
   * this text (an audit's findings carry their message's index; here it no longer matters).
   */
  public void show(String text, List<Finding> findings) {
    removeAll();
    List<Finding> own =
        findings.stream()
            .map(
                f ->
                    f.messageIndex() == null
                        ? f
                        : new Finding(
                            f.code(),
                            f.severity(),
                            null,
                            f.start(),
                            f.end(),
                            f.message(),
                            f.suggestion(),
                            f.replacement()))
            .toList();
    for (Highlights.Segment segment : Highlights.of(text, own)) {
      Span span = new Span(segment.text());
      if (segment.highlighted() && segment.severity() != null) {
        span.addClassNames("rc-hl", "rc-sev-" + segment.severity().name().toLowerCase(Locale.ROOT));
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
