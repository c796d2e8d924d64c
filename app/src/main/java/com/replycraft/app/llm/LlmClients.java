package com.replycraft.app.llm;

import dev.langchain4j.model.chat.ChatModel;

/** The three AI services of one configured provider, its plain chat model, and where it runs. */
public record LlmClients(
    ChatModel chat,
    ReplyDrafter drafter,
    ReplyRewriter rewriter,
    ReplyJudge judge,
    LlmProperties.Provider provider,
    String baseUrl,
    String model) {}
