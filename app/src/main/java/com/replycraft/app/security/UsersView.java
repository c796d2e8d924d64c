package com.replycraft.app.security;

import com.replycraft.app.ui.ConstraintRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Admin page: lists users, creates them, resets passwords, enables and disables accounts. */
@Route("admin/users")
@PageTitle("Users")
@Menu(order = 90, title = "Users", icon = "vaadin:users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersView extends VerticalLayout {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  final TextField username = new TextField("Username");
  final TextField displayName = new TextField("Display name");
  final CheckboxGroup<Role> roles = new CheckboxGroup<>("Roles");
  final PasswordField password = new PasswordField("Password");
  final Button create = new Button("Create user");
  final Grid<UserSummary> grid = new Grid<>();

  private final UserService users;
  private final Validator validator;
  private final Binder<Draft> binder = new Binder<>();

  UsersView(UserService users, Validator validator) {
    this.users = users;
    this.validator = validator;
    setSizeFull();
    add(new H3("New user"), form(), new H3("All users"), grid());
    refresh();
  }

  private FormLayout form() {
    roles.setItems(EnumSet.allOf(Role.class));
    roles.setItemLabelGenerator(Role::label);
    password.setHelperText("At least 8 characters");
    username.setId("new-user-username");
    displayName.setId("new-user-display-name");
    roles.setId("new-user-roles");
    password.setId("new-user-password");
    create.setId("new-user-create");
    binder
        .forField(username)
        .withValidator(ConstraintRules.of(validator, NewUser.class, "username"))
        .withValidator(name -> !users.usernameTaken(name), "This username is already taken")
        .bind(Draft::getUsername, Draft::setUsername);
    binder
        .forField(displayName)
        .withValidator(ConstraintRules.of(validator, NewUser.class, "displayName"))
        .bind(Draft::getDisplayName, Draft::setDisplayName);
    binder
        .forField(roles)
        .withValidator(ConstraintRules.of(validator, NewUser.class, "roles"))
        .bind(Draft::getRoles, Draft::setRoles);
    binder
        .forField(password)
        .withValidator(ConstraintRules.of(validator, NewUser.class, "password"))
        .bind(Draft::getPassword, Draft::setPassword);
    binder.setBean(new Draft());
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(click -> createUser());
    FormLayout form = new FormLayout(username, displayName, password, roles, create);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
    return form;
  }

  private Grid<UserSummary> grid() {
    grid.addColumn(UserSummary::username).setHeader("Username").setAutoWidth(true);
    grid.addColumn(UserSummary::displayName).setHeader("Display name").setAutoWidth(true);
    grid.addColumn(UserSummary::roleLabels).setHeader("Roles").setAutoWidth(true);
    grid.addColumn(u -> u.enabled() ? "Enabled" : "Disabled").setHeader("Status");
    grid.addColumn(u -> DATE.format(u.createdAt())).setHeader("Created").setAutoWidth(true);
    grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
    grid.setSizeFull();
    return grid;
  }

  private HorizontalLayout actions(UserSummary user) {
    Button reset =
        new Button(
            "Reset password", click -> new PasswordResetDialog(users, validator, user).open());
    Button toggle = new Button(user.enabled() ? "Disable" : "Enable", click -> toggle(user));
    reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
    toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
    return new HorizontalLayout(reset, toggle);
  }

  void createUser() {
    if (!binder.validate().isOk()) {
      return;
    }
    Draft draft = binder.getBean();
    try {
      UserSummary created = users.create(draft.toNewUser());
      Notification.show("Created " + created.username())
          .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
      binder.setBean(new Draft());
      refresh();
    } catch (UsernameTakenException taken) {
      username.setErrorMessage("This username is already taken");
      username.setInvalid(true);
    } catch (ConstraintViolationException invalid) {
      for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
        String field = violation.getPropertyPath().toString();
        switch (field) {
          case "username" -> mark(username, violation.getMessage());
          case "displayName" -> mark(displayName, violation.getMessage());
          case "password" -> mark(password, violation.getMessage());
          default -> roles.setErrorMessage(violation.getMessage());
        }
      }
    }
  }

  void toggle(UserSummary user) {
    try {
      users.setEnabled(user.id(), !user.enabled());
      refresh();
    } catch (UserRuleException refused) {
      Notification.show(refused.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
  }

  private static void mark(TextField field, String message) {
    field.setErrorMessage(message);
    field.setInvalid(true);
  }

  private static void mark(PasswordField field, String message) {
    field.setErrorMessage(message);
    field.setInvalid(true);
  }

  void refresh() {
    grid.setItems(users.list());
  }

  /** What the form holds while it is being filled in. */
  static final class Draft {
    private String username = "";
    private String displayName = "";
    private Set<Role> roles = new HashSet<>();
    private String password = "";

    String getUsername() {
      return username;
    }

    void setUsername(@Nullable String username) {
      this.username = username == null ? "" : username;
    }

    String getDisplayName() {
      return displayName;
    }

    void setDisplayName(@Nullable String displayName) {
      this.displayName = displayName == null ? "" : displayName;
    }

    Set<Role> getRoles() {
      return roles;
    }

    void setRoles(@Nullable Set<Role> roles) {
      this.roles = roles == null ? new HashSet<>() : new HashSet<>(roles);
    }

    String getPassword() {
      return password;
    }

    void setPassword(@Nullable String password) {
      this.password = password == null ? "" : password;
    }

    NewUser toNewUser() {
      return new NewUser(username, displayName, roles, password);
    }
  }
}
