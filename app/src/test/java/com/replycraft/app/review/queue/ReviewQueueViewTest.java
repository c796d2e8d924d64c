package com.replycraft.app.review.queue;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.replycraft.app.KaribuTestBase;
import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.review.ImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReviewQueueViewTest extends KaribuTestBase {

  @Autowired ImportService imports;
  @Autowired ConversationService conversations;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void reviewer() {
    signIn("reviewer", "REVIEWER");
  }

  private ReviewQueueView open() {
    UI.getCurrent().navigate("review-queue");
    return _get(ReviewQueueView.class);
  }

  @Test
  void the_riskiest_conversation_of_an_agent_comes_first_and_a_click_opens_its_review() {
    String agent = "view-agent-" + run;
    imports.importCsv(
        new StringReader(
            "conversation_id,channel,author,agent_id,timestamp,text\n"
                + "fine-"
                + run
                + ",EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,Could you resend my invoice?\n"
                + "fine-"
                + run
                + ",EMAIL,AGENT,"
                + agent
                + ",2026-11-17T09:30:00Z,\"Hi, I've resent invoice 5521 to you just now. It"
                + " should arrive within ten minutes. Alex\"\n"
                + "ignored-"
                + run
                + ",EMAIL,CUSTOMER,,2026-11-10T08:55:00Z,\"This is the third time I write. My"
                + " refund still hasn't arrived and I am furious. I want to cancel.\"\n"
                + "ignored-"
                + run
                + ",EMAIL,AGENT,"
                + agent
                + ",2026-11-17T09:00:00Z,Please provide your order number.\n"));
    long risky = conversations.idOfExternal("ignored-" + run).orElseThrow();
    ReviewQueueView view = open();

    _setValue(view.agent, agent);

    assertThat(GridKt._size(view.grid)).isEqualTo(2);
    QueueRow first = GridKt._get(view.grid, 0);
    assertThat(first.id()).isEqualTo(risky);
    assertThat(first.reasons()).contains(RiskReason.BREACHED_WAIT);
    assertThat(view.count.getText()).isEqualTo("2 conversations, riskiest first");

    List<String> opened = new ArrayList<>();
    view.navigate = opened::add;
    GridKt._clickItem(view.grid, 0);

    assertThat(opened).containsExactly("review/" + risky);
  }

  @Test
  void filters_that_match_nothing_say_so() {
    ReviewQueueView view = open();

    _setValue(view.agent, "nobody-" + run);

    assertThat(GridKt._size(view.grid)).isZero();
    assertThat(_get(view.emptyState, Span.class).getText())
        .isEqualTo("No conversation matches these filters.");
    _click(view.clear);
    assertThat(GridKt._size(view.grid)).isPositive();
  }

  @Test
  void a_spotlight_shows_only_its_sample_and_says_how_it_was_drawn() {
    ReviewQueueView view = open();
    _click(view.spotlightButton);
    SpotlightDialog dialog = _get(SpotlightDialog.class);
    _setValue(dialog.from, java.time.LocalDate.of(2000, 1, 1));
    _setValue(dialog.to, java.time.LocalDate.of(2100, 1, 1));
    _setValue(dialog.perAgent, 1);
    _setValue(dialog.riskiest, 2);
    _setValue(dialog.seed, 99);

    _click(dialog.show);

    assertThat(view.spotlightBanner.isVisible()).isTrue();
    assertThat(view.spotlightText.getText()).contains("seed 99").contains("1 random");
    assertThat(view.filter().only()).isNotNull().isNotEmpty();
    assertThat(GridKt._size(view.grid)).isEqualTo(view.filter().only().size());
  }
}
