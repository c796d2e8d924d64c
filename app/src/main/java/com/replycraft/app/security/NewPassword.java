package com.replycraft.app.security;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A replacement password, with the same rule as for a new user. */
public record NewPassword(
    @NotNull(message = "Enter a password")
        @Size(min = 8, max = 200, message = "Use at least 8 characters (and at most 200)")
        @Nullable String password) {}
