package com.replycraft.app.llm;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code replycraft.llm.*}. The LLM is off unless {@code provider} is set.
 *
 * @param provider {@code none}, {@code openai} (any OpenAI-compatible server: OpenAI, gateways,
 *     vLLM, LM Studio, llama.cpp server) or {@code ollama}
 * @param baseUrl the server; defaults to {@code https://api.openai.com/v1} or {@code
 *     http://localhost:11434}
 * @param model the model name; defaults to {@code gpt-4o-mini} or {@code llama3.1}
 * @param apiKey the key, from the environment ({@code REPLYCRAFT_LLM_API_KEY}); never logged
 * @param timeout how long one answer may take before the composer falls back to the rules
 * @param maxTokens the longest answer asked for
 * @param temperature sampling temperature; low keeps drafts close to the facts
 * @param piiRedaction replace customer PII with placeholders before a prompt leaves the JVM
 * @param failureThreshold consecutive failures that pause the assistant
 * @param pauseFor how long the assistant stays paused after {@code failureThreshold} failures
 */
@ConfigurationProperties("replycraft.llm")
public record LlmProperties(
    @DefaultValue("none") Provider provider,
    @Nullable String baseUrl,
    @Nullable String model,
    @Nullable String apiKey,
    @DefaultValue("30s") Duration timeout,
    @DefaultValue("800") int maxTokens,
    @DefaultValue("0.3") double temperature,
    @DefaultValue("true") boolean piiRedaction,
    @DefaultValue("3") int failureThreshold,
    @DefaultValue("2m") Duration pauseFor) {

  /** Where the LLM runs. */
  public enum Provider {
    NONE,
    OPENAI,
    OLLAMA
  }

  public static LlmProperties off() {
    return new LlmProperties(
        Provider.NONE,
        null,
        null,
        null,
        Duration.ofSeconds(30),
        800,
        0.3,
        true,
        3,
        Duration.ofMinutes(2));
  }

  public boolean enabled() {
    return provider != Provider.NONE;
  }

  public String baseUrlOrDefault() {
    if (baseUrl != null && !baseUrl.isBlank()) {
      return baseUrl.strip();
    }
    return provider == Provider.OLLAMA ? "http://localhost:11434" : "https://api.openai.com/v1";
  }

  public String modelOrDefault() {
    if (model != null && !model.isBlank()) {
      return model.strip();
    }
    return provider == Provider.OLLAMA ? "llama3.1" : "gpt-4o-mini";
  }

  @Override
  public String toString() {
    // The key stays out of logs and error messages.
    return "LlmProperties[provider=%s, baseUrl=%s, model=%s, timeout=%s]"
        .formatted(provider, baseUrlOrDefault(), modelOrDefault(), timeout);
  }
}
