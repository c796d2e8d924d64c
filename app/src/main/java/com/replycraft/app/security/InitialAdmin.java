package com.replycraft.app.security;

import com.replycraft.app.ReplyCraftProperties;
import com.replycraft.app.StartupTask;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On the very first start (no users at all) creates the admin {@code admin}, with the password from
 * {@code REPLYCRAFT_ADMIN_PASSWORD} or, without one, a random password written once to the log.
 */
@Component
@Order(0)
class InitialAdmin implements StartupTask {

  static final String USERNAME = "admin";
  private static final Logger log = LoggerFactory.getLogger(InitialAdmin.class);

  private final UserService userService;
  private final ReplyCraftProperties properties;

  InitialAdmin(UserService userService, ReplyCraftProperties properties) {
    this.userService = userService;
    this.properties = properties;
  }

  @Override
  public void run() {
    if (userService.count() > 0) {
      return;
    }
    String configured = properties.adminPassword();
    boolean random = configured == null || configured.isBlank();
    String password = random ? randomPassword() : configured;
    userService.create(new NewUser(USERNAME, "Administrator", Set.of(Role.ADMIN), password));
    if (random) {
      log.warn(
          "Created the first admin. Sign in as '{}' with password: {}  (shown only this once;"
              + " set REPLYCRAFT_ADMIN_PASSWORD to choose it)",
          USERNAME,
          password);
    } else {
      log.info("Created the first admin '{}' with the password from configuration", USERNAME);
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[12];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
