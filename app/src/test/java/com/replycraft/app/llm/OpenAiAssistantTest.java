package com.replycraft.app.llm;

/** The OpenAI chat-completions API ({@code POST /v1/chat/completions}), as WireMock serves it. */
class OpenAiAssistantTest extends LlmProviderContract {

  @Override
  LlmProperties.Provider provider() {
    return LlmProperties.Provider.OPENAI;
  }

  @Override
  String baseUrl() {
    return wireMock.baseUrl() + "/v1";
  }

  @Override
  String chatPath() {
    return "/v1/chat/completions";
  }

  @Override
  String answer(String content) {
    return """
        {"id": "chatcmpl-1", "object": "chat.completion", "created": 1764147600,
         "model": "test-model",
         "choices": [{"index": 0, "message": {"role": "assistant", "content": %s},
                      "finish_reason": "stop"}],
         "usage": {"prompt_tokens": 420, "completion_tokens": 60, "total_tokens": 480}}"""
        .formatted(json(content));
  }
}
