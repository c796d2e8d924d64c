package com.replycraft.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.Checks;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.escalation.RuleEscalationAdvisor;
import com.replycraft.scoring.json.ScoringJson;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.TextAnalyzer;
import com.replycraft.scoring.thread.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The scorer keeps the analysis of recently seen thread messages across requests (the composer
 * rescores an edited draft in an unchanged thread): answers must be exactly those of a scorer that
 * analyses everything afresh.
 */
class AnalysisCacheTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZoneOffset.UTC);

  private final ScoringJson json = new ScoringJson();

  private static ScoreRequest.Builder insuranceThread() {
    return ScoreRequest.builder()
        .id("claim")
        .channel(Channel.MESSAGING)
        .customer("Priya Natarajan", true)
        .customerSays(
            "2026-11-17T08:55:00Z",
            "Hi, I submitted a claim for my physio sessions two weeks ago and it still says"
                + " pending. Can you tell me what is going on?")
        .botSays(
            "2026-11-17T08:55:10Z",
            "Thanks for your message! An agent will connect with you shortly. Please enter your"
                + " date of birth in DD/MM/YYYY format.")
        .customerSays("2026-11-17T08:56:00Z", "12/04/1988. Claim number CL-48213.")
        .agentSays(
            "2026-11-17T15:10:00Z",
            "Thanks Priya, I've passed this to the claims team, they will get back to you.")
        .customerSays(
            "2026-11-19T16:40:00Z",
            "Third time asking. If I don't hear back today I'm cancelling my policy.")
        .draftAt("2026-11-20T09:00:00Z");
  }

  private static ScoreRequest.Builder telcoThread() {
    return ScoreRequest.builder()
        .id("bill")
        .channel(Channel.EMAIL)
        .customer("Sam Okafor", false)
        .customerSays(
            "2026-11-18T10:00:00Z",
            "I was charged twice for my October bill. This is the SECOND time, fix it now!")
        .customerSays("2026-11-19T10:00:00Z", "Hello?? Still waiting. Call me on 0412 555 019.")
        .draftAt("2026-11-20T09:00:00Z");
  }

  private static final List<String> DRAFTS =
      List.of(
          "Hi, someone will get back to you soon.",
          "Hi Priya, I'm sorry you have waited three days. I have approved claim CL-48213 today"
              + " and the refund reaches your account by Friday.",
          "Please provide your date of birth so we can verify your identity. Unfortunately that's"
              + " our policy!!",
          "Hi Sam, sorry for the double charge and the wait. I've refunded the second payment"
              + " today; I'll call you on 0412 555 019 at 3 pm to confirm.",
          "");

  private String fresh(ScoreRequest request) {
    return json.write(Scorer.withoutThreadCache(CLOCK).score(request));
  }

  @Test
  void a_rescoring_round_with_an_edited_draft_gives_the_answer_of_a_fresh_scorer() {
    Scorer scorer = Scorer.create(CLOCK);
    ScoreRequest first = insuranceThread().draft(DRAFTS.get(0)).build();
    ScoreRequest edited = insuranceThread().draft(DRAFTS.get(1)).build();

    String firstRound = json.write(scorer.score(first));
    String secondRound = json.write(scorer.score(edited));
    String firstAgain = json.write(scorer.score(first));

    assertThat(firstRound).isEqualTo(fresh(first)).isEqualTo(firstAgain);
    assertThat(secondRound).isEqualTo(fresh(edited)).isNotEqualTo(firstRound);
  }

  @Test
  void an_unchanged_thread_is_analysed_once_across_rounds_and_the_draft_every_round() {
    List<ReplyContext> seen = new CopyOnWriteArrayList<>();
    Scorer scorer = scorerSeeing(seen, Scorer.CACHED_THREAD_TEXTS);

    scorer.score(insuranceThread().draft("Hi Priya, sorry.").build());
    scorer.score(insuranceThread().draft("Hi Priya, sorry for the wait.").build());

    for (int m = 0; m < seen.get(0).thread().messages().size(); m++) {
      assertThat(seen.get(1).thread().messages().get(m).text())
          .isSameAs(seen.get(0).thread().messages().get(m).text());
    }
    assertThat(seen.get(1).reply()).isNotSameAs(seen.get(0).reply());
  }

  @Test
  void without_the_cache_every_request_analyses_its_thread_afresh() {
    List<ReplyContext> seen = new CopyOnWriteArrayList<>();
    Scorer scorer = scorerSeeing(seen, 0);

    scorer.score(insuranceThread().draft("Hi Priya, sorry.").build());
    scorer.score(insuranceThread().draft("Hi Priya, sorry.").build());

    assertThat(seen.get(1).thread().messages().get(0).text())
        .isNotSameAs(seen.get(0).thread().messages().get(0).text());
  }

  @Test
  void nothing_leaks_from_one_thread_into_another() {
    Scorer scorer = Scorer.create(CLOCK);
    for (String draft : DRAFTS) {
      ScoreRequest insurance = insuranceThread().draft(draft).build();
      ScoreRequest telco = telcoThread().draft(draft).build();

      assertThat(json.write(scorer.score(insurance))).isEqualTo(fresh(insurance));
      assertThat(json.write(scorer.score(telco))).isEqualTo(fresh(telco));
    }
  }

  @Test
  void audits_of_a_growing_thread_give_the_answers_of_a_fresh_scorer() {
    Scorer scorer = Scorer.create(CLOCK);
    ScoreRequest.Builder thread = telcoThread();
    for (String reply : DRAFTS.subList(0, 4)) {
      thread.agentSays("2026-11-20T09:00:00Z", reply);
      ScoreRequest audit = thread.build();

      assertThat(json.write(scorer.score(audit))).isEqualTo(fresh(audit));
    }
  }

  @Test
  void a_shared_scorer_with_a_tiny_cache_answers_parallel_requests_as_a_fresh_one_does()
      throws Exception {
    // A cache of 2 texts, far fewer than the threads' messages: entries are dropped and re-added
    // all the time while 4 workers score the same and different threads at once.
    Scorer shared =
        new Scorer(
            CLOCK,
            new TextAnalyzer(),
            Checks.replyChecks(),
            Checks.threadChecks(),
            new RuleEscalationAdvisor(),
            2);
    Scorer reference = Scorer.create(CLOCK);
    List<ScoreRequest> requests = new ArrayList<>();
    for (int round = 0; round < 25; round++) {
      for (String draft : DRAFTS) {
        requests.add(insuranceThread().draft(draft).build());
        requests.add(telcoThread().draft(draft).build());
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> answers = new ArrayList<>();
      for (ScoreRequest request : requests) {
        answers.add(pool.submit(() -> json.write(shared.score(request))));
      }
      for (int i = 0; i < requests.size(); i++) {
        assertThat(answers.get(i).get())
            .as("request %d", i)
            .isEqualTo(json.write(reference.score(requests.get(i))));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void the_cache_is_bounded_by_texts_and_by_characters() {
    TextAnalyzer analyzer = new TextAnalyzer();
    AnalysisCache cache = new AnalysisCache(analyzer, 3, 400);
    AnalyzedText first = cache.analyze("first message");

    cache.analyze("second message");
    cache.analyze("third message");
    assertThat(cache.analyze("first message")).isSameAs(first);
    cache.analyze("fourth message"); // drops the least recently used: "second message"

    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.analyze("first message")).isSameAs(first);
    String longText = "word ".repeat(30); // 150 characters: more than a quarter of 400
    assertThat(cache.analyze(longText)).isNotSameAs(cache.analyze(longText));
    assertThat(cache.size()).isEqualTo(3);

    AnalysisCache byChars = new AnalysisCache(analyzer, 10, 400);
    AnalyzedText oldest = byChars.analyze("a".repeat(90));
    for (String letter : List.of("b", "c", "d")) {
      byChars.analyze(letter.repeat(90));
    }
    assertThat(byChars.analyze("a".repeat(90))).isSameAs(oldest); // 360 characters held
    byChars.analyze("e".repeat(90)); // 450 > 400: the least recently used ("b") goes

    assertThat(byChars.size()).isEqualTo(4);
    assertThat(byChars.analyze("a".repeat(90))).isSameAs(oldest);
  }

  /** A scorer with every shipped check plus one that records the contexts it is given. */
  private static Scorer scorerSeeing(List<ReplyContext> seen, int cachedTexts) {
    Check recorder =
        new Check() {
          @Override
          public String id() {
            return "RECORDER";
          }

          @Override
          public List<FindingCode> codes() {
            return List.of();
          }

          @Override
          public List<Finding> check(ReplyContext context) {
            seen.add(context);
            return List.of();
          }

          @Override
          public List<CheckExample> examples() {
            return List.of();
          }
        };
    List<Check> checks = new ArrayList<>(Checks.replyChecks());
    checks.add(recorder);
    return new Scorer(
        CLOCK,
        new TextAnalyzer(),
        checks,
        Checks.threadChecks(),
        new RuleEscalationAdvisor(),
        cachedTexts);
  }
}
