package com.replycraft.app.security;

import com.replycraft.app.demo.DemoDataLoader;
import java.util.List;
import java.util.Set;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user per role. They exist only when the app runs with {@code replycraft.demo=true}, and
 * only then does the login page show their credentials.
 */
@Component
@Order(0)
public class DemoUsers implements DemoDataLoader {

  /** A demo sign-in, as shown on the login page. */
  public record Credentials(String username, String password, Role role, String displayName) {}

  public static final List<Credentials> ALL =
      List.of(
          new Credentials("agent", "agent-demo", Role.AGENT, "Alex Agent"),
          new Credentials("sam", "sam-demo", Role.AGENT, "Sam Okafor"),
          new Credentials("reviewer", "reviewer-demo", Role.REVIEWER, "Riley Reviewer"),
          new Credentials("trainer", "trainer-demo", Role.TRAINER, "Tara Trainer"),
          new Credentials("demo-admin", "admin-demo", Role.ADMIN, "Dana Admin"));

  private final UserService userService;

  DemoUsers(UserService userService) {
    this.userService = userService;
  }

  @Override
  public void load() {
    for (Credentials c : ALL) {
      if (!userService.usernameTaken(c.username())) {
        userService.create(
            new NewUser(c.username(), c.displayName(), Set.of(c.role()), c.password()));
      }
    }
  }
}
