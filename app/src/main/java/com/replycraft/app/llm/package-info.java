/**
 * The optional LLM assistant (off unless {@code replycraft.llm.provider} is set): LangChain4j AI
 * services that draft, rewrite and judge replies through an OpenAI-compatible server or Ollama.
 * Customer PII is replaced by typed placeholders before any prompt leaves the JVM; every LLM text
 * is re-scored by the rules; failures degrade to rules-only results with a short notice.
 */
@NullMarked
package com.replycraft.app.llm;

import org.jspecify.annotations.NullMarked;
