package com.replycraft.app.compose;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.replycraft.app.KaribuTestBase;
import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.conversation.ThreadSnapshot;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.escalation.Recommendation;
import com.replycraft.scoring.thread.Author;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ComposeViewTest extends KaribuTestBase {

  static final String IGNORES_THE_WAIT =
      "Hi Sam,\n\nYour refund of $189 for order RC-77310 was processed today and reaches your card"
          + " by Friday.\n\nKind regards,\nAlex";

  @Autowired ConversationService conversations;
  @Autowired ComposeService compose;

  @BeforeEach
  void agent() {
    signIn("agent", "AGENT");
  }

  private ComposeView open(String externalId) {
    long id = conversations.idOfExternal(externalId).orElseThrow();
    UI.getCurrent().navigate("compose/" + id);
    return _get(ComposeView.class);
  }

  @Test
  void shows_how_long_the_customer_waited_against_the_target() {
    ComposeView view = open("demo-retail-refund-two-days");

    String waitLine = _get(view, Span.class, spec -> spec.withId("wait-line")).getText();

    assertThat(waitLine).startsWith("waited 2 d 3 h").contains("target 24 h").endsWith("overdue");
  }

  @Test
  void a_reply_that_ignores_a_two_day_wait_is_flagged_and_apply_fixes_it() {
    ComposeView view = open("demo-retail-refund-two-days");

    _setValue(view.draft, IGNORES_THE_WAIT);

    assertThat(view.result).isNotNull();
    assertThat(view.result.has(FindingCode.DELAY_NOT_ACKNOWLEDGED)).isTrue();
    int before = view.result.scores().delayAcknowledgement();
    _click(_get(view, Button.class, spec -> spec.withId("apply-DELAY_NOT_ACKNOWLEDGED")));

    assertThat(view.draft.getValue()).contains("waited 2 days").startsWith("Hi Sam,");
    assertThat(view.result.has(FindingCode.DELAY_NOT_ACKNOWLEDGED)).isFalse();
    assertThat(view.result.scores().delayAcknowledgement()).isGreaterThan(before);
  }

  @Test
  void insert_call_offer_puts_the_advised_offer_in_the_reply() {
    ComposeView view = open("demo-insurer-messaging-reverify");
    assertThat(view.situation.escalation().recommendation())
        .isNotEqualTo(Recommendation.STAY_ASYNC);
    assertThat(view.banner.isVisible()).isTrue();

    _setValue(
        view.draft,
        "Hi Priya,\n\nI'm sorry you've waited so long. Your claim CL-48213 is approved today and"
            + " the money reaches your account by Friday.\n\nKind regards,\nSam");
    assertThat(view.result.has(FindingCode.ESCALATION_NOT_OFFERED)).isTrue();
    _click(view.insertOffer);

    assertThat(view.result.has(FindingCode.ESCALATION_NOT_OFFERED)).isFalse();
    assertThat(view.draft.getValue()).contains(view.situation.escalation().offerText());
    assertThat(view.draft.getValue()).endsWith("Sam");
  }

  @Test
  void mark_as_sent_stores_an_agent_message_with_its_scores() {
    ComposeView view = open("demo-saas-cancellation");
    ThreadSnapshot before = view.thread;

    _setValue(
        view.draft,
        "Hi Ben,\n\nI'm sorry you waited over a day for this. I've cancelled your team"
            + " subscription from the end of this billing period, so you won't be charged again."
            + " You can export your projects from Settings > Export until then.\n\nKind regards,"
            + "\nAlex");
    _click(view.markSent);

    ThreadSnapshot after = conversations.find(before.id()).orElseThrow();
    assertThat(after.messages()).hasSize(before.messages().size() + 1);
    var sent = after.messages().get(after.messages().size() - 1);
    assertThat(sent.author()).isEqualTo(Author.AGENT);
    assertThat(sent.agentId()).isEqualTo("agent");
    assertThat(sent.scores()).isNotNull();
    assertThat(view.draft.getValue()).isEmpty();
    assertThat(view.lastAuthor()).isEqualTo(Author.AGENT);
  }

  @Test
  void suggestions_are_filled_scored_and_used_in_the_editor() {
    ComposeView view = open("demo-retail-refund-two-days");

    var suggestions = compose.suggest(view.thread, "Alex Agent", 3);
    _click(view.suggest);
    _click(_get(Button.class, spec -> spec.withId("use-suggestion-0")));

    assertThat(suggestions).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    assertThat(suggestions.get(0).text()).doesNotContain("{{").contains("Sam");
    assertThat(view.draft.getValue()).isNotBlank();
    assertThat(view.result).isNotNull();
  }

  @Test
  void the_inbox_opens_a_thread() {
    UI.getCurrent().navigate(InboxView.class);
    InboxView inbox = _get(InboxView.class);

    assertThat(LocatorJ._find(inbox, com.vaadin.flow.component.grid.Grid.class)).hasSize(1);
    assertThat(inbox.grid.getGenericDataView().getItems().count()).isGreaterThanOrEqualTo(15);
  }
}
