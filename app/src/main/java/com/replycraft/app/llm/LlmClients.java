package com.replycraft.app.llm;

/** The three AI services of one configured provider, and what they talk to. */
public record LlmClients(
    ReplyDrafter drafter,
    ReplyRewriter rewriter,
    ReplyJudge judge,
    LlmProperties.Provider provider,
    String baseUrl,
    String model) {}
