package com.replycraft.app.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user to create, as typed into the admin form or posted to the API. The username is trimmed and
 * lower-cased; every rule carries the message shown next to the field.
 */
public record NewUser(
    // The empty alternative keeps an empty username to the single "Enter a username" message.
    @NotBlank(message = "Enter a username")
        @Pattern(
            regexp = "|[a-z0-9][a-z0-9._-]{1,39}",
            message = "Use 2 to 40 letters, digits, dots, dashes or underscores")
        @Nullable String username,
    @NotBlank(message = "Enter a display name")
        @Size(max = 100, message = "Keep the display name under 100 characters")
        @Nullable String displayName,
    @NotEmpty(message = "Pick at least one role") @Nullable Set<Role> roles,
    @NotNull(message = "Enter a password")
        @Size(min = 8, max = 200, message = "Use at least 8 characters (and at most 200)")
        @Nullable String password) {

  public NewUser {
    username = username == null ? null : username.strip().toLowerCase(Locale.ROOT);
    displayName = displayName == null ? null : displayName.strip();
    roles = roles == null ? null : Set.copyOf(roles);
  }
}
