package com.replycraft.app.security;

import com.replycraft.app.ui.ConstraintRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Admin page: create API tokens (shown once) and revoke them. */
@Route("admin/tokens")
@PageTitle("API tokens")
@Menu(order = 91, title = "API tokens", icon = "vaadin:key")
@RolesAllowed(Role.ADMIN_NAME)
public class ApiTokensView extends VerticalLayout {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

  final TextField name = new TextField("Name");
  final Select<Role> role = new Select<>();
  final Button create = new Button("Create token");
  final Grid<ApiTokenSummary> grid = new Grid<>();
  @Nullable Dialog lastShown;

  private final ApiTokenService tokens;
  private final AuthenticationContext authentication;
  private final Binder<String[]> binder = new Binder<>();
  private final Binder<Role[]> roleBinder = new Binder<>();

  ApiTokensView(ApiTokenService tokens, Validator validator, AuthenticationContext authentication) {
    this.tokens = tokens;
    this.authentication = authentication;
    setSizeFull();
    name.setHelperText("What will use it, e.g. \"Help desk sync\"");
    role.setLabel("Role");
    role.setItems(Role.values());
    role.setItemLabelGenerator(Role::label);
    role.setValue(Role.AGENT);
    binder
        .forField(name)
        .withValidator(ConstraintRules.of(validator, NewApiToken.class, "name"))
        .bind(h -> h[0], (h, v) -> h[0] = v);
    binder.setBean(new String[] {""});
    roleBinder
        .forField(role)
        .withValidator(ConstraintRules.of(validator, NewApiToken.class, "role"))
        .bind(h -> h[0], (h, v) -> h[0] = v);
    roleBinder.setBean(new Role[] {Role.AGENT});
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    create.addClickListener(click -> createToken());
    FormLayout form = new FormLayout(name, role, create);
    add(
        new H3("New token"),
        new Paragraph(
            "Tokens authenticate calls to /api/v1 with 'Authorization: Bearer <token>'. The token"
                + " is shown once; ReplyCraft keeps only its hash."),
        form,
        new H3("Tokens"),
        grid());
    refresh();
  }

  private Grid<ApiTokenSummary> grid() {
    grid.addColumn(ApiTokenSummary::name).setHeader("Name").setAutoWidth(true);
    grid.addColumn(t -> t.role().label()).setHeader("Role");
    grid.addColumn(ApiTokenSummary::createdBy).setHeader("Created by");
    grid.addColumn(t -> DATE.format(t.createdAt())).setHeader("Created").setAutoWidth(true);
    grid.addColumn(t -> format(t.lastUsedAt())).setHeader("Last used").setAutoWidth(true);
    grid.addColumn(t -> t.active() ? "Active" : "Revoked " + format(t.revokedAt()))
        .setHeader("Status")
        .setAutoWidth(true);
    grid.addComponentColumn(
            t -> {
              Button revoke = new Button("Revoke", click -> confirmRevoke(t));
              revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
              revoke.setEnabled(t.active());
              return revoke;
            })
        .setHeader("Actions");
    grid.setSizeFull();
    return grid;
  }

  private static String format(@Nullable Instant instant) {
    return instant == null ? "" : DATE.format(instant);
  }

  void createToken() {
    if (!binder.validate().isOk() || !roleBinder.validate().isOk()) {
      return;
    }
    CreatedApiToken created =
        tokens.create(
            new NewApiToken(name.getValue(), role.getValue()),
            authentication.getPrincipalName().orElse("unknown"));
    binder.setBean(new String[] {""});
    refresh();
    showOnce(created);
  }

  private void showOnce(CreatedApiToken created) {
    Dialog dialog = new Dialog();
    dialog.setHeaderTitle("Token \"" + created.summary().name() + "\" created");
    TextField value = new TextField("Copy it now: it will not be shown again");
    value.setValue(created.token());
    value.setReadOnly(true);
    value.setWidth("40em");
    value.setId("new-token");
    dialog.add(value);
    dialog.getFooter().add(new Button("Done", click -> dialog.close()));
    dialog.open();
    lastShown = dialog;
  }

  private void confirmRevoke(ApiTokenSummary token) {
    ConfirmDialog confirm = new ConfirmDialog();
    confirm.setHeader("Revoke \"" + token.name() + "\"?");
    confirm.setText("Calls with this token will be refused from now on.");
    confirm.setCancelable(true);
    confirm.setConfirmText("Revoke");
    confirm.setConfirmButtonTheme("error primary");
    confirm.addConfirmListener(e -> revoke(token));
    confirm.open();
  }

  void revoke(ApiTokenSummary token) {
    tokens.revoke(token.id());
    refresh();
  }

  void refresh() {
    grid.setItems(tokens.list());
  }
}
