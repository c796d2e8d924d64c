package com.replycraft.app.review.scorecard;

import com.replycraft.scoring.Dimension;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A category as an admin edits it, before it is published in a new version. */
public record CategoryDraft(
    @NotBlank(message = "Give the category a name") @Size(max = 120) String name,
    @Nullable Dimension dimension,
    @Min(value = 1, message = "Weight must be 1 to 100")
        @Max(value = 100, message = "Weight must be 1 to 100")
        int weight,
    @NotNull RatingScale scale,
    boolean naAllowed,
    boolean critical) {}
