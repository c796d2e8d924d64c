package com.replycraft.app.llm;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;

/** Why an LLM call did not give a usable answer, as the short notice the agent sees. */
enum LlmFailure {
  NOT_CONFIGURED("AI assistant is off: no LLM provider is configured"),
  PAUSED("AI assistant paused after repeated failures"),
  TIMEOUT("AI assistant did not answer in time"),
  RATE_LIMITED("AI provider is busy (rate limited)"),
  SERVER_ERROR("AI provider returned an error"),
  UNREACHABLE("AI provider could not be reached"),
  UNUSABLE("AI answer was empty or not in the expected format"),
  FAILED("AI assistant failed");

  final String notice;

  LlmFailure(String notice) {
    this.notice = notice;
  }

  /** Reads the cause chain of whatever the LangChain4j client threw. */
  static LlmFailure of(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TimeoutException
          || t instanceof HttpTimeoutException
          || t instanceof SocketTimeoutException
          || t instanceof java.util.concurrent.TimeoutException) {
        return TIMEOUT;
      }
      if (t instanceof RateLimitException) {
        return RATE_LIMITED;
      }
      if (t instanceof InternalServerException) {
        return SERVER_ERROR;
      }
      if (t instanceof HttpException http) {
        return http.statusCode() == 429 ? RATE_LIMITED : SERVER_ERROR;
      }
      if (t instanceof ConnectException || t instanceof UnresolvedModelServerException) {
        return UNREACHABLE;
      }
      if (t instanceof com.fasterxml.jackson.core.JsonProcessingException) {
        return UNUSABLE;
      }
    }
    return FAILED;
  }
}
