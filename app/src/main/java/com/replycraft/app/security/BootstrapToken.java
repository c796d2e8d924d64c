package com.replycraft.app.security;

import com.replycraft.app.ReplyCraftProperties;
import com.replycraft.app.StartupTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Provisions {@code REPLYCRAFT_BOOTSTRAP_TOKEN} as an ADMIN API token at start-up, for automation
 * that needs the API before anyone has signed in. Idempotent across restarts.
 */
@Component
@Order(1)
class BootstrapToken implements StartupTask {

  private static final Logger log = LoggerFactory.getLogger(BootstrapToken.class);

  private final ApiTokenService tokens;
  private final ReplyCraftProperties properties;

  BootstrapToken(ApiTokenService tokens, ReplyCraftProperties properties) {
    this.tokens = tokens;
    this.properties = properties;
  }

  @Override
  public void run() {
    String raw = properties.bootstrapToken();
    if (raw == null || raw.isBlank()) {
      return;
    }
    if (tokens.ensure(raw.strip(), "bootstrap (REPLYCRAFT_BOOTSTRAP_TOKEN)", Role.ADMIN)) {
      log.info("Provisioned the bootstrap API token from REPLYCRAFT_BOOTSTRAP_TOKEN");
    }
  }
}
