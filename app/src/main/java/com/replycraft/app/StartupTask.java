package com.replycraft.app;

/**
 * Work that must be done before the app accepts its first request: the first admin, the bootstrap
 * API token, demo data. Tasks are Spring beans run once per start in {@link
 * org.springframework.core.annotation.Order} order, after Flyway has migrated the database and
 * before the HTTP port opens, so a caller never sees a half-provisioned app. Each must be
 * idempotent: the app is restarted on the same data.
 */
public interface StartupTask {

  void run();
}
