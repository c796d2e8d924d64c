package com.replycraft.app;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code replycraft.*}; each can also come from the environment (for example {@code
 * REPLYCRAFT_DATA_DIR}, {@code REPLYCRAFT_ADMIN_PASSWORD}).
 *
 * @param dataDir where the embedded database and the search index ({@code index/}) live
 * @param demo whether to create demo users and sample data and show demo credentials on login
 * @param adminPassword password of the first {@code admin} user, used only when no user exists yet
 * @param bootstrapToken an API token provisioned at start-up for automation (stored hashed)
 */
@ConfigurationProperties("replycraft")
public record ReplyCraftProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("false") boolean demo,
    @Nullable String adminPassword,
    @Nullable String bootstrapToken) {}
