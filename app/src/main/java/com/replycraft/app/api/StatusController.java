package com.replycraft.app.api;

import com.replycraft.app.security.ApiTokenService;
import com.replycraft.app.security.UserService;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The running version and a few counts, for monitoring and integrations. */
@RestController
@RequestMapping("/api/v1")
class StatusController {

  /** Version, server time and counts of users and active API tokens. */
  record Status(String version, Instant time, long users, long activeTokens) {}

  private final UserService users;
  private final ApiTokenService tokens;
  private final Clock clock;
  private final String version;

  StatusController(
      UserService users,
      ApiTokenService tokens,
      Clock clock,
      ObjectProvider<BuildProperties> build) {
    this.users = users;
    this.tokens = tokens;
    this.clock = clock;
    BuildProperties props = build.getIfAvailable();
    this.version = props == null ? "dev" : props.getVersion();
  }

  @GetMapping("/status")
  @PermitAll
  @Operation(summary = "Version, server time and counts")
  public Status status() {
    return new Status(version, clock.instant(), users.count(), tokens.countActive());
  }
}
