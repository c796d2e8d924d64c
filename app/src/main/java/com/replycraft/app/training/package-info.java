/**
 * Written-craft training: the exercise catalog (shipped files plus exercises trainers publish, some
 * promoted from real conversations with customer PII redacted), assignments to agents and teams,
 * graded attempts with the trainer's feedback, and progress per agent and team.
 */
@NullMarked
package com.replycraft.app.training;

import org.jspecify.annotations.NullMarked;
