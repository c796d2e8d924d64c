package com.replycraft.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.check.ThreadCheck;
import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.RuleEscalationAdvisor;
import com.replycraft.scoring.text.TextAnalyzer;
import com.replycraft.scoring.thread.Author;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Audit mode: every agent and bot turn judged in its own context, plus thread-level checks. */
class ScorerAuditTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

  private static final ScoreRequest THREAD =
      ScoreRequest.builder()
          .customer("Sam Lee", true)
          .customerSays("2026-11-17T09:00:00Z", "Where is my refund? It has been two weeks.")
          .botSays("2026-11-17T09:00:05Z", "Thanks! An agent will reply soon.")
          .customerSays("2026-11-17T12:00:00Z", "Hello?")
          .agentSays("2026-11-18T15:00:00Z", "Sorry for the wait, Sam. We will reply shortly.")
          .customerSays("2026-11-18T16:00:00Z", "Thanks.")
          .agentSays("2026-11-18T17:00:00Z", "The refund of $40 was sent today.")
          .build();

  /** Records what each reply check saw, and flags each reply's first word. */
  private final List<ReplyContext> seen = new ArrayList<>();

  private final Check firstWord =
      new Check() {
        @Override
        public String id() {
          return "FIRST_WORD";
        }

        @Override
        public List<FindingCode> codes() {
          return List.of(FindingCode.TEMPLATED_REPLY);
        }

        @Override
        public List<Finding> check(ReplyContext context) {
          seen.add(context);
          int end = context.reply().tokens().get(0).end();
          return List.of(Finding.of(FindingCode.TEMPLATED_REPLY, Severity.MINOR, 0, end, "m", "s"));
        }

        @Override
        public List<CheckExample> examples() {
          return List.of();
        }
      };

  private final ThreadCheck lastMessage =
      new ThreadCheck() {
        @Override
        public String id() {
          return "LAST";
        }

        @Override
        public List<FindingCode> codes() {
          return List.of(FindingCode.DISCLOSURE_TOO_LATE);
        }

        @Override
        public List<Finding> audit(ThreadView thread) {
          return List.of(
              Finding.of(FindingCode.DISCLOSURE_TOO_LATE, Severity.MAJOR, 0, 3, "m", "s")
                  .inMessage(thread.messages().size() - 1));
        }

        @Override
        public List<CheckExample> examples() {
          return List.of();
        }
      };

  private final Scorer scorer =
      new Scorer(
          CLOCK,
          new TextAnalyzer(),
          List.of(firstWord),
          List.of(lastMessage),
          new RuleEscalationAdvisor());

  @Test
  void audits_each_agent_and_bot_message_in_the_context_before_it() {
    ScoreResult result = scorer.score(THREAD);

    assertThat(seen)
        .extracting(c -> c.reply().text())
        .containsExactly(
            "Thanks! An agent will reply soon.",
            "Sorry for the wait, Sam. We will reply shortly.",
            "The refund of $40 was sent today.");
    assertThat(seen)
        .extracting(ReplyContext::author)
        .containsExactly(Author.BOT, Author.AGENT, Author.AGENT);
    assertThat(seen).extracting(c -> c.thread().messages().size()).containsExactly(1, 3, 5);
    assertThat(seen.get(1).thread().at()).isEqualTo(Instant.parse("2026-11-18T15:00:00Z"));
    assertThat(result.findings(FindingCode.TEMPLATED_REPLY))
        .extracting(Finding::messageIndex)
        .containsExactly(1, 3, 5);
  }

  @Test
  void spans_of_audit_findings_index_the_message_they_name() {
    ScoreResult result = scorer.score(THREAD);

    for (Finding finding : result.findings()) {
      String text = THREAD.thread().get(finding.messageIndex()).text();
      assertThat(finding.end()).isLessThanOrEqualTo(text.length());
    }
    assertThat(result.findings(FindingCode.TEMPLATED_REPLY))
        .extracting(f -> THREAD.thread().get(f.messageIndex()).text().substring(f.start(), f.end()))
        .containsExactly("Thanks", "Sorry", "The");
  }

  @Test
  void adds_the_thread_level_findings() {
    ScoreResult result = scorer.score(THREAD);

    assertThat(result.findings(FindingCode.DISCLOSURE_TOO_LATE))
        .singleElement()
        .extracting(Finding::messageIndex)
        .isEqualTo(5);
  }

  @Test
  void reports_the_longest_wait_before_an_audited_message_and_owes_an_acknowledgement() {
    ScoreResult result = scorer.score(THREAD);

    // The bot does not answer the customer: the wait runs from 17 Nov 09:00 to 18 Nov 15:00.
    assertThat(result.waitInfo().customerWaited()).isEqualTo(Duration.ofHours(30));
    assertThat(result.waitInfo().breached()).isTrue();
    assertThat(result.scores().delayAcknowledgement()).isNotNull();
  }

  @Test
  void metrics_describe_the_last_audited_message() {
    ScoreResult result = scorer.score(THREAD);

    assertThat(result.metrics().words()).isEqualTo(7);
    assertThat(result.metrics().sentences()).isEqualTo(1);
  }

  @Test
  void the_shipped_scorer_puts_message_indexes_on_its_audit_findings() {
    ScoreResult result = Scorer.create(CLOCK).score(THREAD);

    assertThat(result.findings(FindingCode.VAGUE_TIMEFRAME))
        .extracting(Finding::messageIndex)
        .containsExactly(1, 3);
    assertThat(result.findings(FindingCode.VAGUE_TIMEFRAME))
        .extracting(f -> THREAD.thread().get(f.messageIndex()).text().substring(f.start(), f.end()))
        .containsExactly("soon", "shortly");
  }

  @Test
  void a_request_with_neither_draft_nor_thread_is_invalid() {
    assertThatThrownBy(() -> scorer.score(ScoreRequest.builder().build()))
        .isInstanceOf(InvalidRequestException.class)
        .hasMessageContaining("draft");
  }
}
