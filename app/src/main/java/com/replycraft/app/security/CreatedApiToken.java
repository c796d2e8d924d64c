package com.replycraft.app.security;

/** A token just created: {@code token} is the only time the raw value is available. */
public record CreatedApiToken(ApiTokenSummary summary, String token) {}
