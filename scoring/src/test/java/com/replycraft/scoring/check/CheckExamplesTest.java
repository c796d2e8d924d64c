package com.replycraft.scoring.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every check's declared wrong/fixed pair, so no check ships without examples. */
class CheckExamplesTest {

  private final Scorer scorer =
      Scorer.create(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

  @Test
  void every_check_declares_an_example_for_every_code_it_emits() {
    for (Check check : scorer.checks()) {
      assertThat(check.examples().stream().map(CheckExample::code))
          .as(check.id())
          .containsAll(check.codes());
    }
    for (ThreadCheck check : scorer.threadChecks()) {
      assertThat(check.examples().stream().map(CheckExample::code))
          .as(check.id())
          .containsAll(check.codes());
    }
  }

  @TestFactory
  Stream<DynamicTest> wrong_examples_fire_and_fixed_examples_do_not() {
    List<CheckExample> examples = new ArrayList<>();
    scorer.checks().forEach(c -> examples.addAll(c.examples()));
    scorer.threadChecks().forEach(c -> examples.addAll(c.examples()));
    return examples.stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example.code().name(),
                    () -> {
                      ScoreResult wrong = scorer.score(example.wrong());
                      ScoreResult fixed = scorer.score(example.fixed());
                      assertThat(wrong.has(example.code()))
                          .as("wrong example raises %s: %s", example.code(), wrong.findings())
                          .isTrue();
                      assertThat(fixed.has(example.code()))
                          .as("fixed example is clear of %s: %s", example.code(), fixed.findings())
                          .isFalse();
                    }));
  }
}
