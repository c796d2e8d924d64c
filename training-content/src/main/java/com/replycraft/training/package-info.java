/**
 * Written-craft training content: exercises as YAML data files (a customer thread with real times,
 * the situation, the task, a rubric, a model reply and common mistakes with feedback). {@link
 * com.replycraft.training.ExerciseCatalog} loads the shipped exercises from the classpath and a
 * contact centre's own from a directory; every file is validated and a bad one is reported as an
 * {@link com.replycraft.training.ExerciseProblem} (path, line, message) and skipped, never
 * half-loaded. {@link com.replycraft.training.RubricGrader} grades an attempt: it scores the
 * attempt as the agent's next reply at the exercise's reply time, checks every rubric criterion
 * (finding codes that must be absent, minimum dimension scores, required elements such as "offers a
 * call" found by small detectors over phrase lists in {@code training/elements/}) and picks the
 * exercise's own feedback notes for what went wrong.
 */
@org.jspecify.annotations.NullMarked
package com.replycraft.training;
