package com.replycraft.benchmarks;

import com.replycraft.scoring.Highlights;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import com.replycraft.scoring.thread.Channel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
 * One live rescoring round of the composer, server side: a realistic ~120-word draft that still has
 * problems (it ignores a three-day wait, promises "shortly", offers no call on a thread that needs
 * one) scored in its 6-message MESSAGING thread, then turned into highlight segments.
 * Single-threaded; what an agent's keystroke pause costs the server.
 */
@State(Scope.Benchmark)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ComposeRoundBenchmark {

  static final String DRAFT =
      """
      Hi there,

      Thank you for contacting us about your claim. Claims can be held for a number of reasons \
      and unfortunately it is not possible for us to give an exact date as per our policy. \
      I have looked at claim CL-48213 and it seems the invoice was missing the provider number, \
      which you should have included when you submitted it.

      Our claims team will review it shortly and someone will get back to you soon. Please \
      provide your full name, date of birth in DD/MM/YYYY format and membership number so we can \
      verify your identity before we go any further with this.

      We appreciate your patience!! Have a great day 😊

      Kind regards,
      Sam""";

  ScoreRequest request;
  Scorer scorer;

  @Setup
  public void setUp() {
    scorer = Scorer.create(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));
    request =
        ScoreRequest.builder()
            .id("bench-compose")
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

  /** Score + highlight segments: the server side of one debounce-triggered rescoring. */
  @Benchmark
  public List<Highlights.Segment> rescoreAndHighlight() {
    ScoreResult result = scorer.score(request);
    return Highlights.of(DRAFT, result.findings());
  }
}
