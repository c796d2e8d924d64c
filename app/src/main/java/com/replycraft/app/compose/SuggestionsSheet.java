package com.replycraft.app.compose;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;

/** The side sheet of suggested replies: each filled from the thread and already scored. */
class SuggestionsSheet extends Dialog {

  SuggestionsSheet(List<Suggestion> suggestions, Consumer<String> use) {
    setHeaderTitle("Suggested replies");
    addClassName("rc-side-sheet");
    setId("suggestions");
    setWidth("min(520px, 100vw)");
    if (suggestions.isEmpty()) {
      add(new Span("No template matches this thread; try the Templates page."));
    }
    int i = 0;
    for (Suggestion s : suggestions) {
      H4 title = new H4(s.title());
      Span overall = new Span("score " + s.result().scores().overall());
      overall.getElement().getThemeList().add("badge small");
      long critical = s.criticalCount();
      Span criticalBadge = new Span(critical + " critical");
      criticalBadge
          .getElement()
          .getThemeList()
          .add(critical == 0 ? "badge small success" : "badge small error");
      Div meta = new Div(overall, criticalBadge);
      meta.addClassName("rc-badges");
      if (!s.gaps().isEmpty()) {
        Span gaps = new Span("Fill in: " + String.join(", ", s.gaps()));
        gaps.addClassName("rc-gaps");
        meta.add(gaps);
      }
      Div text = new Div();
      text.setText(s.text());
      text.addClassName("rc-suggestion-text");
      Button useIt =
          new Button(
              "Use",
              e -> {
                use.accept(s.text());
                close();
              });
      useIt.setId("use-suggestion-" + i++);
      useIt.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
      Div card = new Div(title, meta, text, useIt);
      card.addClassName("rc-suggestion");
      add(card);
    }
    getFooter().add(new Button("Close", e -> close()));
  }
}
