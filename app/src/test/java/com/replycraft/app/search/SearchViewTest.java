package com.replycraft.app.search;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.replycraft.app.KaribuTestBase;
import com.replycraft.app.review.ImportService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SearchViewTest extends KaribuTestBase {

  @Autowired ImportService imports;

  private String tag;

  @BeforeEach
  void reviewerWithOwnThread() {
    tag = "zview" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    imports.importCsv(
        new StringReader(
            "conversation_id,channel,author,agent_id,timestamp,text\n"
                + "view-"
                + tag
                + ",EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,\"I am still waiting for my <i>refund</i> "
                + tag
                + "\"\n"));
    signIn("reviewer", "REVIEWER");
  }

  private SearchView open() {
    UI.getCurrent().navigate("search");
    return _get(SearchView.class);
  }

  @Test
  void before_any_search_it_says_what_to_type() {
    SearchView view = open();

    assertThat(view.start.isVisible()).isTrue();
    assertThat(view.grid.isVisible()).isFalse();
    assertThat(view.rebuild.isVisible()).as("rebuilding is for admins").isFalse();
  }

  @Test
  void a_reviewer_finds_a_message_with_the_match_highlighted_and_a_link_to_its_review() {
    SearchView view = open();

    _setValue(view.query, "waited refunded " + tag);
    _click(view.searchButton);

    assertThat(view.total.getText()).isEqualTo("1 message matches");
    assertThat(GridKt._size(view.grid)).isEqualTo(1);
    SearchHit hit = GridKt._get(view.grid, 0);
    Div card = (Div) SearchView.hitCard(hit);
    assertThat(_get(card, Anchor.class).getHref()).isEqualTo("review/" + hit.conversationId());
    assertThat(card.getElement().getOuterHTML())
        .contains("<em>waiting</em>")
        .contains("<em>refund</em>")
        .contains("&lt;i&gt;")
        .doesNotContain("<i>");
    assertThat(card.getChildren().flatMap(c -> c.getChildren()).filter(Emphasis.class::isInstance))
        .as("waiting, refund and the tag word")
        .hasSize(3);
  }

  @Test
  void no_match_says_so_and_what_to_try() {
    SearchView view = open();

    _setValue(view.query, "parrot " + tag);
    _click(view.searchButton);

    assertThat(view.noMatch.isVisible()).isTrue();
    assertThat(view.grid.isVisible()).isFalse();
  }

  @Test
  void dates_in_the_wrong_order_are_flagged_beside_the_field() {
    SearchView view = open();

    _setValue(view.query, tag);
    _setValue(view.from, LocalDate.of(2026, 11, 20));
    _setValue(view.to, LocalDate.of(2026, 11, 17));
    _click(view.searchButton);

    assertThat(view.to.isInvalid()).isTrue();
    assertThat(view.to.getErrorMessage()).contains("before");
  }

  @Test
  void an_admin_sees_the_rebuild_button() {
    signIn("demo-admin", "ADMIN");

    SearchView view = open();

    assertThat(view.rebuild.isVisible()).isTrue();
    assertThat(view.rebuild.getText()).isEqualTo("Rebuild search index");
  }
}
