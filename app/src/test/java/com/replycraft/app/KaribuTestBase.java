package com.replycraft.app;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Arrays;
import java.util.List;
import kotlin.jvm.functions.Function0;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;

/**
 * Browserless view tests (Karibu-Testing) inside the shared Spring context: a faked Vaadin session
 * per test, with a signed-in user whose roles drive the same access checks as in production.
 */
@ReplyCraftTest
public abstract class KaribuTestBase {

  private static Routes routes = new Routes();

  @Autowired protected ApplicationContext context;

  @BeforeAll
  static void discoverRoutes() {
    routes = new Routes().autoDiscoverViews("com.replycraft.app");
  }

  @BeforeEach
  void setUpVaadin() {
    Function0<UI> uiFactory = UI::new;
    MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
  }

  @AfterEach
  void tearDownVaadin() {
    SecurityContextHolder.clearContext();
    MockVaadin.tearDown();
  }

  /** Signs in as {@code username} with the given role names (e.g. "ADMIN"). */
  protected static void signIn(String username, String... roles) {
    List<SimpleGrantedAuthority> authorities =
        Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList();
    var user = new User(username, "unused", authorities);
    var auth = new UsernamePasswordAuthenticationToken(user, null, authorities);
    SecurityContextHolder.getContext().setAuthentication(auth);
    var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
    request.setUserPrincipalInt(auth);
    request.setUserInRole((principal, role) -> List.of(roles).contains(role));
  }
}
