package com.replycraft.scoring.thread;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitCalculatorTest {

  private static final Duration FOUR_HOURS = Duration.ofHours(4);

  @Test
  void counts_calendar_time_from_the_oldest_unanswered_customer_message() {
    List<Message> thread =
        List.of(
            customer("2026-11-17T08:55:00Z"),
            bot("2026-11-17T08:55:05Z"),
            customer("2026-11-18T10:00:00Z"));

    WaitInfo wait =
        WaitCalculator.waitBefore(thread, Instant.parse("2026-11-20T08:55:00Z"), FOUR_HOURS);

    assertThat(wait.customerWaited()).isEqualTo(Duration.ofHours(72));
    assertThat(wait.responseTarget()).isEqualTo(FOUR_HOURS);
    assertThat(wait.breached()).isTrue();
  }

  @Test
  void an_agent_reply_answers_the_customer_and_restarts_the_clock() {
    List<Message> thread =
        List.of(
            customer("2026-11-17T08:00:00Z"),
            agent("2026-11-17T09:00:00Z"),
            customer("2026-11-17T10:00:00Z"));

    WaitInfo wait =
        WaitCalculator.waitBefore(thread, Instant.parse("2026-11-17T12:00:00Z"), FOUR_HOURS);

    assertThat(wait.customerWaited()).isEqualTo(Duration.ofHours(2));
    assertThat(wait.breached()).isFalse();
  }

  @Test
  void exactly_the_target_is_not_a_breach() {
    WaitInfo wait =
        WaitCalculator.waitBefore(
            List.of(customer("2026-11-17T08:00:00Z")),
            Instant.parse("2026-11-17T12:00:00Z"),
            FOUR_HOURS);

    assertThat(wait.breached()).isFalse();
  }

  @Test
  void nobody_waits_when_nothing_is_unanswered_or_the_reply_predates_the_question() {
    assertThat(
            WaitCalculator.waitBefore(
                List.of(customer("2026-11-17T08:00:00Z"), agent("2026-11-17T08:30:00Z")),
                Instant.parse("2026-11-19T08:00:00Z"),
                FOUR_HOURS))
        .isEqualTo(WaitInfo.none(FOUR_HOURS));
    assertThat(
            WaitCalculator.waitBefore(
                List.of(customer("2026-11-17T08:00:00Z")),
                Instant.parse("2026-11-16T08:00:00Z"),
                FOUR_HOURS))
        .isEqualTo(WaitInfo.none(FOUR_HOURS));
  }

  @Test
  void the_policy_target_overrides_the_channel_default() {
    assertThat(Policy.DEFAULT.responseTargetFor(Channel.EMAIL)).isEqualTo(Duration.ofHours(24));
    assertThat(Policy.DEFAULT.responseTargetFor(Channel.SOCIAL_PUBLIC))
        .isEqualTo(Duration.ofHours(1));
    assertThat(Policy.DEFAULT.responseTargetFor(Channel.LIVE_CHAT))
        .isEqualTo(Duration.ofMinutes(2));
    assertThat(new Policy(Duration.ofMinutes(30), null).responseTargetFor(Channel.EMAIL))
        .isEqualTo(Duration.ofMinutes(30));
  }

  private static Message customer(String at) {
    return new Message(Author.CUSTOMER, Instant.parse(at), "Where is my refund?");
  }

  private static Message agent(String at) {
    return new Message(Author.AGENT, Instant.parse(at), "Looking into it.");
  }

  private static Message bot(String at) {
    return new Message(Author.BOT, Instant.parse(at), "Thanks, an agent will reply.");
  }
}
