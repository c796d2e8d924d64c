package com.replycraft.app.training;

import com.replycraft.training.Exercise;
import com.replycraft.training.Grade;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A submitted attempt with its full grade (criteria, findings, feedback notes, model reply) and the
 * trainer's written feedback, when there is some.
 */
public record AttemptDetail(
    long id,
    String username,
    Exercise exercise,
    Grade grade,
    boolean examMode,
    Instant submittedAt,
    @Nullable Long assignmentId,
    @Nullable String trainerFeedback,
    @Nullable String feedbackBy) {}
