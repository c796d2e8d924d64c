package com.replycraft.app.training;

import com.replycraft.app.ui.HighlightedText;
import com.replycraft.scoring.Finding;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * An attempt's reply with the scorer's findings highlighted exactly as in the composer and the QA
 * review, plus a hint while the editor is still empty.
 */
class HighlightedReply extends HighlightedText {

  HighlightedReply() {
    addClassName("rc-preview");
  }

  @Override
  public void show(String text, List<Finding> findings) {
    if (text.isBlank()) {
      removeAll();
      Span empty = new Span("Highlights appear here as you write.");
      empty.addClassName("rc-muted");
      add(empty);
      return;
    }
    super.show(text, findings);
  }
}
