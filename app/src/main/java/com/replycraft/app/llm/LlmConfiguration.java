package com.replycraft.app.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the chat models and the AI services, only when {@code replycraft.llm.provider} is not
 * {@code none}. The judge gets its own model in JSON mode; drafts and rewrites get plain text.
 * Retries are off: one attempt within {@code timeout}, then the rules-only fallback.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LlmProperties.class)
class LlmConfiguration {

  @Bean
  @ConditionalOnExpression("!'${replycraft.llm.provider:none}'.trim().equalsIgnoreCase('none')")
  LlmClients llmClients(LlmProperties properties) {
    return clients(properties);
  }

  /** The AI services for the configured provider (also used directly by tests, without Spring). */
  static LlmClients clients(LlmProperties properties) {
    if (!properties.enabled()) {
      throw new IllegalStateException("replycraft.llm.provider is none");
    }
    ChatModel text = chatModel(properties, false);
    ChatModel json = chatModel(properties, true);
    return new LlmClients(
        text,
        AiServices.create(ReplyDrafter.class, text),
        AiServices.create(ReplyRewriter.class, text),
        AiServices.create(ReplyJudge.class, json),
        properties.provider(),
        properties.baseUrlOrDefault(),
        properties.modelOrDefault());
  }

  static ChatModel chatModel(LlmProperties properties, boolean json) {
    return switch (properties.provider()) {
      case OPENAI -> {
        OpenAiChatModel.OpenAiChatModelBuilder builder =
            OpenAiChatModel.builder()
                .baseUrl(properties.baseUrlOrDefault())
                .apiKey(
                    properties.apiKey() == null || properties.apiKey().isBlank()
                        ? "not-needed"
                        : properties.apiKey())
                .modelName(properties.modelOrDefault())
                .timeout(properties.timeout())
                .maxRetries(0)
                .maxTokens(properties.maxTokens())
                .temperature(properties.temperature());
        if (json) {
          builder.responseFormat(ResponseFormat.JSON);
        }
        yield builder.build();
      }
      case OLLAMA -> {
        OllamaChatModel.OllamaChatModelBuilder builder =
            OllamaChatModel.builder()
                .baseUrl(properties.baseUrlOrDefault())
                .modelName(properties.modelOrDefault())
                .timeout(properties.timeout())
                .maxRetries(0)
                .numPredict(properties.maxTokens())
                .temperature(properties.temperature());
        if (json) {
          builder.responseFormat(ResponseFormat.JSON);
        }
        yield builder.build();
      }
      case NONE -> throw new IllegalStateException("replycraft.llm.provider is none");
    };
  }
}
