package com.replycraft.app.security;

import com.replycraft.app.ui.ConstraintRules;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import jakarta.validation.Validator;

/** Sets a new password for one user; the old one stops working at once. */
class PasswordResetDialog extends Dialog {

  final PasswordField password = new PasswordField("New password");
  final Button save = new Button("Set password");
  private final Binder<String[]> binder = new Binder<>();

  PasswordResetDialog(UserService users, Validator validator, UserSummary user) {
    setHeaderTitle("Reset password for " + user.username());
    password.setHelperText("At least 8 characters");
    password.setWidthFull();
    binder
        .forField(password)
        .withValidator(ConstraintRules.of(validator, NewPassword.class, "password"))
        .bind(holder -> holder[0], (holder, value) -> holder[0] = value);
    binder.setBean(new String[] {""});
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.addClickListener(
        click -> {
          if (binder.validate().isOk()) {
            users.resetPassword(user.id(), new NewPassword(password.getValue()));
            Notification.show("Password changed for " + user.username())
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            close();
          }
        });
    add(password);
    getFooter().add(new Button("Cancel", click -> close()), save);
  }
}
