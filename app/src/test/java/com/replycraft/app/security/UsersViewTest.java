package com.replycraft.app.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.replycraft.app.KaribuTestBase;
import com.replycraft.app.ui.HomeView;
import com.vaadin.flow.component.UI;
import jakarta.validation.Validator;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

class UsersViewTest extends KaribuTestBase {

  @Autowired UserService users;
  @Autowired UserDetailsService userDetails;
  @Autowired PasswordEncoder passwordEncoder;
  @Autowired Validator validator;

  UsersView view;

  @BeforeEach
  void openAsAdmin() {
    signIn("admin", "ADMIN");
    UI.getCurrent().navigate(UsersView.class);
    view = _get(UsersView.class);
  }

  private void fill(String username, String displayName, Set<Role> roles, String password) {
    _setValue(view.username, username);
    _setValue(view.displayName, displayName);
    _setValue(view.roles, roles);
    _setValue(view.password, password);
  }

  @Test
  void creates_a_user_who_then_appears_in_the_list_and_can_sign_in() {
    fill("new.agent", "New Agent", Set.of(Role.AGENT), "correct-horse");

    _click(view.create);

    assertThat(users.find("new.agent"))
        .get()
        .extracting(UserSummary::displayName)
        .isEqualTo("New Agent");
    assertThat(GridKt._size(view.grid)).isEqualTo(users.list().size());
    assertThat(
            passwordEncoder.matches(
                "correct-horse", userDetails.loadUserByUsername("new.agent").getPassword()))
        .isTrue();
    assertThat(view.username.getValue()).as("the form is cleared for the next user").isEmpty();
  }

  @Test
  void rejects_an_empty_display_name_with_a_message_next_to_the_field_and_saves_nothing() {
    long before = users.count();
    fill("nameless", "   ", Set.of(Role.AGENT), "long-enough-1");

    _click(view.create);

    assertThat(view.displayName.isInvalid()).isTrue();
    assertThat(view.displayName.getErrorMessage()).isEqualTo("Enter a display name");
    assertThat(users.count()).isEqualTo(before);
    assertThat(users.usernameTaken("nameless")).isFalse();
  }

  @Test
  void rejects_a_duplicate_username_with_a_message_next_to_the_field() {
    long before = users.count();
    fill("agent", "Another Agent", Set.of(Role.AGENT), "long-enough-2");

    _click(view.create);

    assertThat(view.username.isInvalid()).isTrue();
    assertThat(view.username.getErrorMessage()).isEqualTo("This username is already taken");
    assertThat(users.count()).isEqualTo(before);
    assertThat(users.find("agent"))
        .get()
        .extracting(UserSummary::displayName)
        .isEqualTo("Alex Agent");
  }

  @Test
  void rejects_a_password_shorter_than_eight_characters_with_a_message_next_to_the_field() {
    long before = users.count();
    fill("shorty", "Short Password", Set.of(Role.REVIEWER), "1234567");

    _click(view.create);

    assertThat(view.password.isInvalid()).isTrue();
    assertThat(view.password.getErrorMessage()).startsWith("Use at least 8 characters");
    assertThat(users.count()).isEqualTo(before);
  }

  @Test
  void asks_for_at_least_one_role() {
    fill("roleless", "No Role", Set.of(), "long-enough-3");

    _click(view.create);

    assertThat(view.roles.isInvalid()).isTrue();
    assertThat(view.roles.getErrorMessage()).isEqualTo("Pick at least one role");
    assertThat(users.usernameTaken("roleless")).isFalse();
  }

  @Test
  void resets_a_password_so_only_the_new_one_signs_in() {
    UserSummary user =
        users.create(new NewUser("forgetful", "Forgetful", Set.of(Role.AGENT), "old-password"));
    var dialog = new PasswordResetDialog(users, validator, user);
    dialog.open();

    _setValue(dialog.password, "new-password");
    _click(dialog.save);

    String hash = userDetails.loadUserByUsername("forgetful").getPassword();
    assertThat(passwordEncoder.matches("new-password", hash)).isTrue();
    assertThat(passwordEncoder.matches("old-password", hash)).isFalse();
  }

  @Test
  void refuses_a_short_replacement_password_and_keeps_the_old_one() {
    UserSummary user =
        users.create(new NewUser("careful", "Careful", Set.of(Role.AGENT), "old-password"));
    var dialog = new PasswordResetDialog(users, validator, user);
    dialog.open();

    _setValue(dialog.password, "short");
    _click(dialog.save);

    assertThat(dialog.password.isInvalid()).isTrue();
    assertThat(dialog.password.getErrorMessage()).startsWith("Use at least 8 characters");
    assertThat(
            passwordEncoder.matches(
                "old-password", userDetails.loadUserByUsername("careful").getPassword()))
        .isTrue();
  }

  @Test
  void a_disabled_user_can_no_longer_sign_in() {
    UserSummary user =
        users.create(new NewUser("leaver", "Leaver", Set.of(Role.AGENT), "long-enough-4"));

    view.toggle(user);

    assertThat(userDetails.loadUserByUsername("leaver").isEnabled()).isFalse();
  }

  @Test
  void an_agent_cannot_open_the_users_page() {
    signIn("agent", "AGENT");
    UI.getCurrent().navigate(HomeView.class);

    UI.getCurrent().navigate("admin/users");

    assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
        .noneMatch(UsersView.class::isInstance);
    assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
        .noneMatch(HomeView.class::isInstance);
  }
}
