package com.replycraft.app.insights;

import com.replycraft.app.conversation.AutoQaSummary;
import com.replycraft.app.conversation.ConversationStoredListener;
import com.replycraft.app.conversation.ThreadSnapshot;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Recomputes a conversation's facts each time it is stored, in the storing transaction. */
@Component
class FactMaintainer implements ConversationStoredListener {

  private final FactCalculator calculator;
  private final FactStore store;

  FactMaintainer(FactCalculator calculator, FactStore store) {
    this.calculator = calculator;
    this.store = store;
  }

  @Override
  public void stored(ThreadSnapshot thread, @Nullable AutoQaSummary autoQa) {
    FactInput input =
        new FactInput(
            thread.id(),
            thread.channel(),
            thread.status(),
            thread.messages(),
            autoQa == null ? null : autoQa.escalation(),
            autoQa == null ? List.of() : autoQa.findingCodes());
    store.replace(List.of(thread.id()), calculator.facts(input).stream().toList());
  }
}
