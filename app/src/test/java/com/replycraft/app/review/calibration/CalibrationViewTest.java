package com.replycraft.app.review.calibration;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.replycraft.app.KaribuTestBase;
import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.review.ReviewFixtures;
import com.replycraft.app.review.scorecard.ScorecardCategory;
import com.replycraft.app.security.NewUser;
import com.replycraft.app.security.Role;
import com.replycraft.app.security.UserService;
import com.replycraft.app.security.UserSummary;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CalibrationViewTest extends KaribuTestBase {

  @Autowired CalibrationService calibration;
  @Autowired ConversationService conversations;
  @Autowired UserService users;
  @Autowired ReviewFixtures fixtures;

  private UserSummary ann;
  private UserSummary bob;
  private List<Long> threads;
  private String agentId;

  @BeforeEach
  void setUp() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    ann = reviewer("ann-" + suffix);
    bob = reviewer("bob-" + suffix);
    agentId = "agent-" + suffix;
    threads =
        List.of(fixtures.conversationAnsweredBy(agentId), fixtures.conversationAnsweredBy(agentId));
  }

  private UserSummary reviewer(String name) {
    return users.create(
        new NewUser(name, "Reviewer " + name, Set.of(Role.REVIEWER), "reviewer-password"));
  }

  private String externalIds() {
    return threads.stream()
        .map(id -> conversations.find(id).orElseThrow().externalId())
        .reduce((a, b) -> a + "\n" + b)
        .orElseThrow();
  }

  private CalibrationSessionView createSessionAs(UserSummary facilitator) {
    signIn(facilitator.username(), "REVIEWER");
    UI.getCurrent().navigate(CalibrationView.class);
    CalibrationView list = _get(CalibrationView.class);
    _click(list.newSession);
    NewSessionDialog dialog = list.dialog;
    _setValue(dialog.name, "Week 48 refunds");
    _setValue(dialog.source, NewSessionDialog.BY_ID);
    _setValue(dialog.ids, externalIds());
    _setValue(dialog.reviewers, Set.of(ann, bob));
    _click(dialog.create);
    return _get(CalibrationSessionView.class);
  }

  private void rateEverything(CalibrationSessionView view, int point) {
    for (var item : calibration.session(sessionIdOf(view)).conversations()) {
      _setValue(view.conversation, item);
      for (ScorecardCategory c : calibration.session(sessionIdOf(view)).scorecard().categories()) {
        _setValue(view.ratingFields.get(c.id()), Math.min(point, c.scale().points()));
      }
    }
  }

  private long sessionIdOf(CalibrationSessionView view) {
    String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
  }

  @Test
  void a_reviewer_sets_up_a_session_rates_blind_and_sees_the_results_after_submitting() {
    CalibrationSessionView view = createSessionAs(ann);
    long session = sessionIdOf(view);
    assertThat(view.title.getText()).isEqualTo("Week 48 refunds");
    assertThat(view.transcript.getChildren().count()).isEqualTo(2);
    assertThat(GridKt._size(view.agreement)).as("no results before submitting").isZero();

    rateEverything(view, 3);
    _click(view.submit);

    view = _get(CalibrationSessionView.class);
    assertThat(view.notice.getText()).contains("final");
    assertThat(GridKt._size(view.agreement))
        .isEqualTo(calibration.session(session).scorecard().categories().size());
    assertThat(view.csv).isNotNull();

    // Bob, still rating, sees neither Ann's ratings nor the results.
    signIn(bob.username(), "REVIEWER");
    UI.getCurrent().navigate("calibration/" + session);
    CalibrationSessionView bobs = _get(CalibrationSessionView.class);
    assertThat(bobs.ratingFields.values()).allSatisfy(f -> assertThat(f.getValue()).isNull());
    assertThat(GridKt._size(bobs.agreement)).isZero();
    assertThat(bobs.agreement.isAttached()).isFalse();
    assertThat(bobs.csv).isNull();
  }

  @Test
  void closing_shows_everyone_the_results_with_the_interpretation_line() {
    CalibrationSessionView view = createSessionAs(ann);
    long session = sessionIdOf(view);
    rateEverything(view, 4);
    _click(view.submit);
    view = _get(CalibrationSessionView.class);

    view.closeSession();

    signIn("reviewer", "REVIEWER");
    UI.getCurrent().navigate("calibration/" + session);
    CalibrationSessionView other = _get(CalibrationSessionView.class);
    assertThat(other.notice.getText()).contains("closed");
    assertThat(
            _get(
                    other,
                    com.vaadin.flow.component.html.Paragraph.class,
                    spec -> spec.withId("alpha-interpretation"))
                .getText())
        .contains("0.800", "0.667", "Krippendorff");
    assertThat(GridKt._size(other.spread)).isEqualTo(2);
  }

  @Test
  void a_session_takes_the_riskiest_conversations_of_the_queue_filtered_by_agent() {
    signIn(ann.username(), "REVIEWER");
    UI.getCurrent().navigate(CalibrationView.class);
    CalibrationView list = _get(CalibrationView.class);
    _click(list.newSession);
    _setValue(list.dialog.name, "Riskiest of one agent");
    _setValue(list.dialog.count, 5);
    _setValue(list.dialog.agent, agentId);
    _setValue(list.dialog.reviewers, Set.of(ann, bob));

    _click(list.dialog.create);

    CalibrationSessionView view = _get(CalibrationSessionView.class);
    assertThat(calibration.session(sessionIdOf(view)).conversations())
        .extracting(SessionDetail.Item::conversationId)
        .containsExactlyInAnyOrderElementsOf(threads);
  }

  @Test
  void a_session_with_one_reviewer_is_refused_beside_the_reviewers_field() {
    signIn(ann.username(), "REVIEWER");
    UI.getCurrent().navigate(CalibrationView.class);
    CalibrationView list = _get(CalibrationView.class);
    int before = calibration.countSessions();
    _click(list.newSession);
    _setValue(list.dialog.name, "Too small");
    _setValue(list.dialog.source, NewSessionDialog.BY_ID);
    _setValue(list.dialog.ids, externalIds() + "\nno-such-thread");
    _setValue(list.dialog.reviewers, Set.of(ann));

    _click(list.dialog.create);

    assertThat(list.dialog.reviewers.isInvalid()).isTrue();
    assertThat(list.dialog.reviewers.getErrorMessage()).contains("at least two");
    assertThat(list.dialog.ids.getErrorMessage())
        .isEqualTo("No conversation with id no-such-thread");
    assertThat(calibration.countSessions()).isEqualTo(before);
  }
}
