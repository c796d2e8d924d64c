package com.replycraft.app.llm;

/** The Ollama chat API ({@code POST /api/chat}, not streamed), as WireMock serves it. */
class OllamaAssistantTest extends LlmProviderContract {

  @Override
  LlmProperties.Provider provider() {
    return LlmProperties.Provider.OLLAMA;
  }

  @Override
  String baseUrl() {
    return wireMock.baseUrl();
  }

  @Override
  String chatPath() {
    return "/api/chat";
  }

  @Override
  String answer(String content) {
    return """
        {"model": "test-model", "created_at": "2026-11-20T09:00:00Z",
         "message": {"role": "assistant", "content": %s},
         "done": true, "done_reason": "stop", "total_duration": 1200000,
         "prompt_eval_count": 420, "eval_count": 60}"""
        .formatted(json(content));
  }
}
