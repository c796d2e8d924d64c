package com.replycraft.app.insights;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.conversation.ConversationStatus;
import com.replycraft.app.conversation.ThreadMessage;
import com.replycraft.scoring.Scores;
import com.replycraft.scoring.escalation.Recommendation;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Hand-checked conversations: every expected number below is worked out in the comment. */
class FactCalculatorTest {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final FactCalculator aroundTheClock =
      new FactCalculator(new InsightsCalendar(LONDON, Map.of()), new ClosingMessages());
  private final FactCalculator emailOfficeHours =
      new FactCalculator(
          new InsightsCalendar(
              LONDON, Map.of(Channel.EMAIL, BusinessHours.parse("Mon-Fri 09:00-17:00", LONDON))),
          new ClosingMessages());

  private final List<ThreadMessage> thread = new ArrayList<>();

  private void customer(String at, String text) {
    thread.add(
        new ThreadMessage(thread.size(), Author.CUSTOMER, null, Instant.parse(at), text, null));
  }

  private void agent(String at, String agentId) {
    thread.add(
        new ThreadMessage(
            thread.size(),
            Author.AGENT,
            agentId,
            Instant.parse(at),
            "Here is what I did.",
            new Scores(90, 80, null, 70, 100, 85)));
  }

  private void bot(String at) {
    thread.add(
        new ThreadMessage(
            thread.size(), Author.BOT, null, Instant.parse(at), "We got your message.", null));
  }

  private ConversationFacts facts(FactCalculator calculator, Channel channel) {
    return facts(calculator, channel, ConversationStatus.OPEN, null, List.of());
  }

  private ConversationFacts facts(
      FactCalculator calculator,
      Channel channel,
      ConversationStatus status,
      @Nullable Recommendation escalation,
      List<String> codes) {
    return calculator
        .facts(new FactInput(42, channel, status, thread, escalation, codes))
        .orElseThrow();
  }

  @Test
  void first_response_is_the_wait_of_the_opening_message_and_a_bot_turn_does_not_stop_it() {
    customer("2026-11-17T09:00:00Z", "My parcel never arrived.");
    bot("2026-11-17T09:00:05Z");
    agent("2026-11-17T10:30:00Z", "a.lee"); // 1 h 30 min after the customer = 5400 s

    ConversationFacts facts = facts(aroundTheClock, Channel.EMAIL);

    assertThat(facts.conversation().firstResponseSeconds()).isEqualTo(5400);
    assertThat(facts.conversation().agentId()).isEqualTo("a.lee");
    assertThat(facts.conversation().cycleSeconds()).isEqualTo(5400);
    assertThat(facts.responses())
        .singleElement()
        .satisfies(r -> assertThat(r.withinTarget()).isTrue());
  }

  @Test
  void a_weekend_wait_on_a_business_hours_channel_is_counted_both_ways() {
    // Friday 20 Nov 16:00 London (= UTC in November) to Monday 23 Nov 10:00:
    // calendar 66 h = 237600 s; business time Fri 16-17 + Mon 9-10 = 2 h = 7200 s.
    customer("2026-11-20T16:00:00Z", "Can you change my delivery address?");
    agent("2026-11-23T10:00:00Z", "a.lee");

    ConversationFacts.Response r = facts(emailOfficeHours, Channel.EMAIL).responses().get(0);

    assertThat(r.waitSeconds()).isEqualTo(237_600);
    assertThat(r.businessWaitSeconds()).isEqualTo(7_200);
    assertThat(r.withinTarget()).isFalse(); // 66 h > the 24 h email target
    assertThat(r.withinTargetBusiness()).isTrue(); // 2 business hours < 24 h
  }

  @Test
  void a_channel_without_business_hours_counts_the_weekend_in_business_time_too() {
    customer("2026-11-20T16:00:00Z", "Can you change my delivery address?");
    agent("2026-11-23T10:00:00Z", "a.lee");

    ConversationFacts.Conversation c = facts(emailOfficeHours, Channel.TICKET).conversation();

    assertThat(c.firstResponseBusinessSeconds()).isEqualTo(237_600);
  }

  @Test
  void periods_are_local_days_in_the_configured_zone() {
    // 02:00 UTC on 3 Nov is still 21:00 on 2 Nov in New York.
    customer("2026-11-03T02:00:00Z", "Hello?");
    FactCalculator newYork =
        new FactCalculator(new InsightsCalendar(NEW_YORK, Map.of()), new ClosingMessages());

    ConversationFacts facts = facts(newYork, Channel.EMAIL);

    assertThat(facts.conversation().localDay()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(InsightsCalendar.weekOf(LocalDate.of(2026, 11, 2))).isEqualTo("2026-11-02");
    assertThat(InsightsCalendar.weekOf(LocalDate.of(2026, 11, 8))).isEqualTo("2026-11-02");
  }

  @Test
  void a_conversation_without_an_agent_reply_has_no_response_time_and_no_cycle() {
    customer("2026-11-17T09:00:00Z", "Is anyone there?");
    customer("2026-11-17T12:00:00Z", "I have been waiting all morning.");

    ConversationFacts facts = facts(aroundTheClock, Channel.MESSAGING);

    assertThat(facts.conversation().firstResponseSeconds()).isNull();
    assertThat(facts.conversation().cycleSeconds()).isNull();
    assertThat(facts.conversation().agentId()).isNull();
    assertThat(facts.conversation().resolved()).isFalse();
    assertThat(facts.responses())
        .extracting(ConversationFacts.Response::withinTarget, ConversationFacts.Response::closing)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(null, false));
    // due 4 h (the messaging target) after each message: adherence decides once it has passed
    assertThat(facts.responses().get(0).dueAt()).isEqualTo("2026-11-17T13:00:00Z");
  }

  @Test
  void a_late_last_reply_the_customer_never_answered_is_a_silent_drop() {
    customer("2026-11-17T09:00:00Z", "My card was charged twice.");
    agent("2026-11-17T15:00:00Z", "b.kim"); // 6 h: past the 4 h messaging target

    assertThat(facts(aroundTheClock, Channel.MESSAGING).conversation().silentDrop()).isTrue();
  }

  @Test
  void a_late_reply_the_customer_answered_is_not_a_silent_drop() {
    customer("2026-11-17T09:00:00Z", "My card was charged twice.");
    agent("2026-11-17T15:00:00Z", "b.kim");
    customer("2026-11-17T15:10:00Z", "Still waiting for the refund, can you check?");

    assertThat(facts(aroundTheClock, Channel.MESSAGING).conversation().silentDrop()).isFalse();
  }

  @Test
  void a_prompt_last_reply_is_not_a_silent_drop() {
    customer("2026-11-17T09:00:00Z", "My card was charged twice.");
    agent("2026-11-17T10:00:00Z", "b.kim");

    assertThat(facts(aroundTheClock, Channel.MESSAGING).conversation().silentDrop()).isFalse();
  }

  @Test
  void the_customers_closing_thanks_resolves_the_conversation_and_ends_its_cycle() {
    customer("2026-11-17T09:00:00Z", "My card was charged twice.");
    agent("2026-11-17T10:00:00Z", "b.kim");
    customer("2026-11-17T11:00:00Z", "Thanks, that's sorted now!"); // 2 h after the start

    ConversationFacts facts = facts(aroundTheClock, Channel.MESSAGING);

    assertThat(facts.conversation().resolved()).isTrue();
    assertThat(facts.conversation().cycleSeconds()).isEqualTo(7_200);
    assertThat(facts.responses().get(1).closing()).isTrue();
    assertThat(facts.responses().get(1).agentId()).isEqualTo("b.kim");
  }

  @Test
  void thanks_with_a_remaining_problem_does_not_resolve() {
    customer("2026-11-17T09:00:00Z", "My card was charged twice.");
    agent("2026-11-17T10:00:00Z", "b.kim");
    customer("2026-11-17T11:00:00Z", "Thanks, but it still shows two charges.");

    assertThat(facts(aroundTheClock, Channel.MESSAGING).conversation().resolved()).isFalse();
  }

  @Test
  void a_conversation_marked_resolved_counts_as_resolved() {
    customer("2026-11-17T09:00:00Z", "My card was charged twice.");
    agent("2026-11-17T10:00:00Z", "b.kim");

    ConversationFacts facts =
        facts(aroundTheClock, Channel.MESSAGING, ConversationStatus.RESOLVED, null, List.of());

    assertThat(facts.conversation().resolved()).isTrue();
  }

  @Test
  void later_turns_are_next_responses_answered_by_whoever_replied() {
    customer("2026-11-17T09:00:00Z", "Where is my order?");
    agent("2026-11-17T09:30:00Z", "a.lee");
    customer("2026-11-17T10:00:00Z", "It says delivered.");
    customer("2026-11-17T10:05:00Z", "But it is not here.");
    agent("2026-11-17T11:00:00Z", "b.kim");
    agent("2026-11-17T11:05:00Z", "b.kim");

    ConversationFacts facts = facts(aroundTheClock, Channel.MESSAGING);

    assertThat(facts.responses())
        .extracting(
            ConversationFacts.Response::position,
            ConversationFacts.Response::firstTurn,
            ConversationFacts.Response::turnStart,
            ConversationFacts.Response::waitSeconds,
            ConversationFacts.Response::agentId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, true, true, 1800L, "a.lee"),
            org.assertj.core.groups.Tuple.tuple(2, false, true, 3600L, "b.kim"),
            org.assertj.core.groups.Tuple.tuple(3, false, false, 3300L, "b.kim"));
    assertThat(facts.conversation().agentId()).isEqualTo("b.kim"); // two replies against one
    assertThat(facts.quality()).hasSize(3);
  }

  @Test
  void an_escalation_advised_but_not_offered_is_recommended_and_not_offered() {
    customer("2026-11-17T09:00:00Z", "Third time I write. Call me.");
    agent("2026-11-17T09:30:00Z", "a.lee");

    ConversationFacts facts =
        facts(
            aroundTheClock,
            Channel.EMAIL,
            ConversationStatus.OPEN,
            Recommendation.OFFER_SYNC,
            List.of("ESCALATION_NOT_OFFERED", "NO_NEXT_STEP"));

    assertThat(facts.conversation().escalationRecommended()).isTrue();
    assertThat(facts.conversation().escalationOffered()).isFalse();
    assertThat(facts.findingCodes()).containsExactly("ESCALATION_NOT_OFFERED", "NO_NEXT_STEP");
  }

  @Test
  void a_thread_without_a_customer_message_has_no_facts() {
    agent("2026-11-17T09:30:00Z", "a.lee");

    assertThat(
            aroundTheClock.facts(
                new FactInput(1, Channel.EMAIL, ConversationStatus.OPEN, thread, null, List.of())))
        .isEmpty();
  }
}
