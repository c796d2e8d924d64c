package com.replycraft.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import com.replycraft.scoring.thread.Message;
import com.replycraft.scoring.thread.Policy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/**
 * Whatever text and thread come in, the scorer answers without failing, within the contract's
 * ranges, with spans inside the text they point into, and always the same answer for the same
 * input.
 */
class ScorerProperties {

  private static final Instant T0 = Instant.parse("2026-11-17T08:00:00Z");

  /** Words and marks the checks react to, so generated text exercises them. */
  private static final List<String> FRAGMENTS =
      List.of(
          "Hi Priya,",
          "\n\n",
          "\n- ",
          "> quoted line\n",
          "sorry",
          "not sorry",
          "I can't help but apologise",
          "soon",
          "ASAP",
          "shortly.",
          "please hold",
          "an agent will connect with you",
          "date of birth",
          "DD/MM/YYYY",
          "{{name}}",
          "[customer name]",
          "<insert date>",
          "XXX",
          "YOU FAILED TO READ",
          "!!!",
          "😊",
          "👍🏽",
          ":)",
          "\"you're joking right?\"",
          "“I want to cancel”",
          "as I already said",
          "per my last email",
          "simply",
          "we can't",
          "unfortunately",
          "policy",
          "order AB-12345",
          "#48213",
          "by 5 pm tomorrow",
          "on Jan. 5",
          "at 9 a.m.",
          "e.g.",
          "?",
          "How do I get my refund",
          "I'd like to know when it ships",
          "Call us on 0800 123 456.",
          "mistakes were made",
          "it's not our department",
          "I'm frustrated and worried",
          "my father passed away",
          "I will cancel and go to the ombudsman",
          "",
          " ",
          "\t",
          "\u0000",
          "\uD83D",
          "é",
          "ß",
          "中文",
          "עברית");

  private final Scorer scorer =
      Scorer.create(Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC));

  @Property(tries = 200)
  void any_draft_in_any_thread_scores_within_the_contract(
      @ForAll("drafts") String draft, @ForAll("requests") ScoreRequest shape) {
    ScoreRequest request = withDraft(shape, draft);

    ScoreResult result = scorer.score(request);

    assertWithinContract(request, result);
  }

  @Property(tries = 200)
  void any_thread_audits_within_the_contract(@ForAll("requests") ScoreRequest shape) {
    ScoreRequest request = withDraft(shape, null);
    if (request.thread().isEmpty()) {
      return;
    }

    ScoreResult result = scorer.score(request);

    assertWithinContract(request, result);
  }

  @Property(tries = 100)
  void identical_input_gives_identical_output(
      @ForAll("drafts") String draft, @ForAll("requests") ScoreRequest shape) {
    ScoreRequest request = withDraft(shape, draft);
    ScoreRequest audit = withDraft(shape, null);

    assertThat(scorer.score(request)).isEqualTo(scorer.score(request));
    if (!audit.thread().isEmpty()) {
      assertThat(scorer.score(audit)).isEqualTo(scorer.score(audit));
    }
  }

  private static void assertWithinContract(ScoreRequest request, ScoreResult result) {
    Scores scores = result.scores();
    for (int score :
        new int[] {
          scores.tone(), scores.clarity(), scores.empathy(), scores.channelFit(), scores.overall()
        }) {
      assertThat(score).isBetween(0, 100);
    }
    if (scores.delayAcknowledgement() != null) {
      assertThat(scores.delayAcknowledgement()).isBetween(0, 100);
    }
    assertThat(scores.delayAcknowledgement() != null).isEqualTo(result.waitInfo().breached());
    assertThat(result.escalation().confidence()).isBetween(0.0, 1.0);
    for (Finding finding : result.findings()) {
      String text;
      if (finding.messageIndex() == null) {
        assertThat(request.isAudit())
            .as("audit findings name their message: %s", finding)
            .isFalse();
        text = request.draft();
      } else {
        assertThat(finding.messageIndex()).isBetween(0, request.thread().size() - 1);
        text = request.thread().get(finding.messageIndex()).text();
      }
      assertThat(finding.start()).as("%s", finding).isBetween(0, finding.end());
      assertThat(finding.end()).as("%s in %s", finding, text).isLessThanOrEqualTo(text.length());
      assertThat(finding.message()).isNotBlank();
      assertThat(finding.suggestion()).isNotBlank();
    }
  }

  private static ScoreRequest withDraft(ScoreRequest shape, @Nullable String draft) {
    return new ScoreRequest(
        shape.id(),
        shape.channel(),
        draft,
        shape.draftAt(),
        shape.thread(),
        shape.customer(),
        shape.policy());
  }

  @Provide
  Arbitrary<String> drafts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings()
            .withCharRange(' ', '~')
            .withChars('\n', '’', '“', '”', '😊')
            .ofMaxLength(400),
        fragmentText());
  }

  private static Arbitrary<String> fragmentText() {
    return Arbitraries.of(FRAGMENTS)
        .list()
        .ofMaxSize(25)
        .flatMap(
            parts ->
                Arbitraries.of(" ", "", ". ", ", ", "\n")
                    .list()
                    .ofSize(parts.size())
                    .map(
                        glue -> {
                          StringBuilder text = new StringBuilder();
                          for (int i = 0; i < parts.size(); i++) {
                            text.append(parts.get(i)).append(glue.get(i));
                          }
                          return text.toString();
                        }));
  }

  @Provide
  Arbitrary<ScoreRequest> requests() {
    Arbitrary<Message> message =
        Combinators.combine(
                Arbitraries.of(Author.class),
                Arbitraries.longs().between(0, Duration.ofDays(10).toMinutes()),
                Arbitraries.oneOf(fragmentText(), Arbitraries.strings().all().ofMaxLength(200)))
            .as((author, minutes, text) -> new Message(author, T0.plusSeconds(minutes * 60), text));
    Arbitrary<List<Message>> thread =
        message
            .list()
            .ofMaxSize(7)
            .map(
                messages -> {
                  // Threads are usually in time order, but nothing guarantees it: keep both.
                  List<Message> ordered = new ArrayList<>(messages);
                  if (ordered.size() % 2 == 0) {
                    ordered.sort(java.util.Comparator.comparing(Message::at));
                  }
                  return ordered;
                });
    Arbitrary<Customer> customer =
        Combinators.combine(
                Arbitraries.of("Priya Natarajan", "Sam", "", "  ", "李雷").injectNull(0.3),
                Arbitraries.of(true, false).injectNull(0.3),
                Arbitraries.doubles().between(0, 50_000).injectNull(0.3),
                Arbitraries.of(true, false).injectNull(0.3))
            .as(Customer::new)
            .injectNull(0.2);
    Arbitrary<Policy> policy =
        Combinators.combine(
                Arbitraries.longs().between(0, 72 * 60).map(Duration::ofMinutes).injectNull(0.3),
                Arbitraries.doubles().between(0, 20_000).injectNull(0.5))
            .as(Policy::new)
            .injectNull(0.5);
    Arbitrary<Instant> draftAt =
        Arbitraries.longs()
            .between(0, Duration.ofDays(12).toMinutes())
            .map(m -> T0.plusSeconds(m * 60))
            .injectNull(0.2);
    return Combinators.combine(
            Arbitraries.of(Channel.class).injectNull(0.1), draftAt, thread, customer, policy)
        .as(
            (channel, at, messages, who, rules) ->
                new ScoreRequest("p", channel, "", at, messages, who, rules));
  }
}
