package com.replycraft.app.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import jakarta.validation.ConstraintViolation;

/**
 * Turns the Hibernate Validator annotations on a record that crosses a service boundary into Binder
 * field validators, so a form shows the service's own rule and message next to the field, with one
 * set of rules for forms, REST and imports.
 */
public final class ConstraintRules {

  private ConstraintRules() {}

  /**
   * A field validator that checks {@code value} against the constraints of {@code property} on
   * {@code type}. Text is stripped first, as the services do.
   */
  public static <V> Validator<V> of(
      jakarta.validation.Validator validator, Class<?> type, String property) {
    return (value, context) -> {
      Object checked = value instanceof String text ? text.strip() : value;
      return validator.validateValue(type, property, checked).stream()
          .map(ConstraintViolation::getMessage)
          .sorted()
          .findFirst()
          .map(ValidationResult::error)
          .orElseGet(ValidationResult::ok);
    };
  }
}
