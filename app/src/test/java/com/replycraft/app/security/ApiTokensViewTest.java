package com.replycraft.app.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.KaribuTestBase;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ApiTokensViewTest extends KaribuTestBase {

  @Autowired ApiTokenService tokens;

  ApiTokensView view;

  @BeforeEach
  void openAsAdmin() {
    signIn("admin", "ADMIN");
    UI.getCurrent().navigate(ApiTokensView.class);
    view = _get(ApiTokensView.class);
  }

  @Test
  void shows_a_new_token_once_and_that_token_then_authenticates_with_its_role() {
    _setValue(view.name, "Help desk sync");
    _setValue(view.role, Role.REVIEWER);

    _click(view.create);

    String shown = _get(TextField.class, spec -> spec.withId("new-token")).getValue();
    assertThat(shown).startsWith("rc_");
    assertThat(tokens.authenticate(shown))
        .get()
        .extracting(ApiPrincipal::name, ApiPrincipal::role)
        .containsExactly("Help desk sync", Role.REVIEWER);
    assertThat(tokens.list()).anyMatch(t -> t.name().equals("Help desk sync"));
  }

  @Test
  void asks_for_a_name_before_creating_a_token() {
    long before = tokens.list().size();
    _setValue(view.name, " ");

    _click(view.create);

    assertThat(view.name.isInvalid()).isTrue();
    assertThat(view.name.getErrorMessage()).isEqualTo("Name the token after what will use it");
    assertThat(tokens.list()).hasSize((int) before);
  }

  @Test
  void a_revoked_token_no_longer_authenticates() {
    CreatedApiToken created = tokens.create(new NewApiToken("Old script", Role.AGENT), "admin");

    view.revoke(created.summary());

    assertThat(tokens.authenticate(created.token())).isEmpty();
  }
}
