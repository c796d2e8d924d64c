package com.replycraft.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.ReplyCraftTest;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReplyCraftTest
class ConversationServiceTest {

  @Autowired ConversationService conversations;
  @Autowired Clock clock;

  @Test
  void the_demo_threads_cover_every_async_channel_and_industry() {
    List<NewThread> demo = DemoThreads.read(clock.instant());

    assertThat(demo).hasSizeGreaterThanOrEqualTo(15);
    Set<Channel> channels = demo.stream().map(NewThread::channel).collect(Collectors.toSet());
    assertThat(channels).containsAll(EnumSet.complementOf(EnumSet.of(Channel.VOICE)));
    assertThat(demo.stream().map(NewThread::industry).collect(Collectors.toSet()))
        .contains("telco", "insurance", "retail", "airline", "banking", "utilities", "SaaS");
    for (NewThread thread : demo) {
      assertThat(conversations.idOfExternal(thread.externalId()))
          .as(thread.externalId())
          .isPresent();
    }
  }

  @Test
  void loading_the_demo_again_creates_nothing_new() {
    long before = conversations.count();

    for (NewThread thread : DemoThreads.read(clock.instant())) {
      assertThat(conversations.createOrRetime(thread)).isFalse();
    }

    assertThat(conversations.count()).isEqualTo(before);
  }

  @Test
  void the_inbox_lists_the_longest_wait_first_with_the_channel_target() {
    List<ConversationSummary> open = conversations.open();

    assertThat(open).isNotEmpty();
    for (int i = 1; i < open.size(); i++) {
      assertThat(open.get(i - 1).waitInfo().customerWaited())
          .isGreaterThanOrEqualTo(open.get(i).waitInfo().customerWaited());
    }
    ConversationSummary refund =
        open.stream()
            .filter(s -> s.subject() != null && s.subject().startsWith("Refund for returned"))
            .findFirst()
            .orElseThrow();
    assertThat(refund.waitInfo().customerWaited()).isGreaterThan(Duration.ofDays(2));
    assertThat(refund.waitInfo().responseTarget()).isEqualTo(Duration.ofHours(24));
    assertThat(refund.waitInfo().breached()).isTrue();
  }

  @Test
  void a_reply_is_stored_as_the_next_agent_message_with_its_scores_and_findings() {
    ThreadSnapshot thread =
        conversations.create(
            new NewThread(
                null,
                Channel.EMAIL,
                "Service test",
                new Customer("Kim Lee", false, null, false),
                "retail",
                List.of(
                    new NewThread.Message(
                        Author.CUSTOMER,
                        clock.instant().minus(Duration.ofDays(3)),
                        "Where is my order RC-1?",
                        null))));
    ScoreResult result =
        Scorer.create(clock)
            .score(
                ScoreRequest.builder()
                    .channel(Channel.EMAIL)
                    .customerSays(
                        thread.messages().get(0).sentAt().toString(), "Where is my order RC-1?")
                    .draft("Hi Kim, your order ships today.")
                    .build());

    ThreadMessage stored =
        conversations.reply(thread.id(), "Hi Kim, your order ships today.", result, "agent");

    ThreadSnapshot after = conversations.find(thread.id()).orElseThrow();
    assertThat(after.messages()).hasSize(2);
    assertThat(stored.position()).isEqualTo(1);
    assertThat(after.messages().get(1).author()).isEqualTo(Author.AGENT);
    assertThat(after.messages().get(1).agentId()).isEqualTo("agent");
    assertThat(after.messages().get(1).scores()).isEqualTo(result.scores());
    assertThat(conversations.findingsJson(thread.id(), 1))
        .get()
        .asString()
        .contains("\"code\":\"DELAY_NOT_ACKNOWLEDGED\"");
  }
}
