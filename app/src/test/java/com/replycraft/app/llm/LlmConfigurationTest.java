package com.replycraft.app.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The AI services exist only when a provider is configured; the circuit closes again. */
class LlmConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(LlmConfiguration.class);

  @Test
  void without_a_provider_no_ai_service_is_built() {
    runner.run(context -> assertThat(context).doesNotHaveBean(LlmClients.class));
    runner
        .withPropertyValues("replycraft.llm.provider=none")
        .run(context -> assertThat(context).doesNotHaveBean(LlmClients.class));
  }

  @Test
  void with_a_provider_the_services_are_built_from_the_settings() {
    runner
        .withPropertyValues(
            "replycraft.llm.provider=openai",
            "replycraft.llm.base-url=http://localhost:8000/v1",
            "replycraft.llm.model=qwen2.5-7b-instruct",
            "replycraft.llm.api-key=sk-secret",
            "replycraft.llm.timeout=7s")
        .run(
            context -> {
              LlmClients clients = context.getBean(LlmClients.class);
              LlmProperties properties = context.getBean(LlmProperties.class);
              assertThat(clients.model()).isEqualTo("qwen2.5-7b-instruct");
              assertThat(clients.baseUrl()).isEqualTo("http://localhost:8000/v1");
              assertThat(properties.timeout()).isEqualTo(Duration.ofSeconds(7));
              assertThat(properties.piiRedaction()).isTrue();
              assertThat(properties.toString()).doesNotContain("sk-secret");
            });
    runner
        .withPropertyValues("replycraft.llm.provider=Ollama")
        .run(
            context ->
                assertThat(context.getBean(LlmClients.class).baseUrl())
                    .isEqualTo("http://localhost:11434"));
  }

  /** A clock the test moves by hand. */
  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-20T09:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void the_circuit_opens_after_the_threshold_and_lets_one_trial_through_after_the_pause() {
    MovableClock clock = new MovableClock();
    CircuitBreaker circuit = new CircuitBreaker(2, Duration.ofMinutes(2), clock);

    circuit.failed();
    assertThat(circuit.allows()).isTrue();
    circuit.failed();
    assertThat(circuit.allows()).isFalse();

    clock.now = clock.now.plus(Duration.ofMinutes(3));
    assertThat(circuit.allows()).isTrue();
    circuit.failed();
    assertThat(circuit.allows()).isFalse();

    clock.now = clock.now.plus(Duration.ofMinutes(3));
    assertThat(circuit.allows()).isTrue();
    circuit.succeeded();
    circuit.failed();
    assertThat(circuit.allows()).isTrue();
  }
}
