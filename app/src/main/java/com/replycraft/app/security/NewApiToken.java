package com.replycraft.app.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A token to create: a name saying what uses it, and the role it acts with. */
public record NewApiToken(
    @NotBlank(message = "Name the token after what will use it")
        @Size(max = 80, message = "Keep the name under 80 characters")
        @Nullable String name,
    @NotNull(message = "Pick the role the token acts with") @Nullable Role role) {

  public NewApiToken {
    name = name == null ? null : name.strip();
  }
}
