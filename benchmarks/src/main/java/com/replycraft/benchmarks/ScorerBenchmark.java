package com.replycraft.benchmarks;

import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.thread.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One realistic draft (~120 words) scored in the context of a 6-message thread with every shipped
 * check and the escalation advisor: the composer's per-keystroke cost. Single-threaded.
 *
 * <p>{@link #scoreDraftInSixMessageThread} scores it as the composer does, round after round in the
 * same thread, so the scorer's cache of thread-message analyses serves the thread and only the
 * draft is analysed; {@link #scoreDraftInUnseenThread} uses a scorer without that cache, so all
 * seven texts are analysed on every call (the cost of a thread seen for the first time).
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScorerBenchmark {

  static final String DRAFT =
      """
      Hi Priya,

      I'm sorry you have waited three days for an answer about your physiotherapy claim, and \
      that you had to chase us twice. That is not the service we promise. I have checked claim \
      CL-48213: it was held because the invoice from 12 March was missing the provider number.

      Here is what happens next:
      - I have asked our claims team to accept the provider number you sent on Tuesday.
      - They will process the claim by 5 pm tomorrow, and the refund of $180 reaches your \
      account within two working days.
      - I will email you as soon as it is approved.

      If you would rather talk it through, reply with a good time and I'll call you. \
      Thank you for your patience with this.

      Kind regards,
      Sam""";

  ScoreRequest request;
  Scorer scorer;
  Scorer uncachedScorer;

  @Setup
  public void setUp() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC);
    scorer = Scorer.create(clock);
    uncachedScorer = Scorer.withoutThreadCache(clock);
    request =
        ScoreRequest.builder()
            .id("bench")
            .channel(Channel.MESSAGING)
            .customer("Priya Natarajan", true)
            .customerSays(
                "2026-11-17T08:55:00Z",
                "Hi, I submitted a claim for my physio sessions two weeks ago and it still says"
                    + " pending. Can you tell me what is going on?")
            .botSays(
                "2026-11-17T08:55:10Z",
                "Thanks for your message! An agent will connect with you shortly. Please enter"
                    + " your date of birth in DD/MM/YYYY format.")
            .customerSays("2026-11-17T08:56:00Z", "12/04/1988. Claim number CL-48213.")
            .agentSays(
                "2026-11-17T15:10:00Z",
                "Thanks Priya, I've passed this to the claims team, they will get back to you.")
            .customerSays(
                "2026-11-18T10:02:00Z",
                "Still nothing. You're joking right? I need this money for rent this week.")
            .customerSays(
                "2026-11-19T16:40:00Z",
                "Third time asking. If I don't hear back today I'm cancelling my policy.")
            .draft(DRAFT)
            .draftAt("2026-11-20T09:00:00Z")
            .build();
  }

  @Benchmark
  public ScoreResult scoreDraftInSixMessageThread() {
    return scorer.score(request);
  }

  /** The same request, every thread message analysed afresh (no cache across requests). */
  @Benchmark
  public ScoreResult scoreDraftInUnseenThread() {
    return uncachedScorer.score(request);
  }
}
