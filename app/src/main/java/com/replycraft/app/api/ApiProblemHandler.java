package com.replycraft.app.api;

import com.replycraft.app.review.ImportFormatException;
import com.replycraft.app.security.UsernameTakenException;
import com.replycraft.scoring.InvalidRequestException;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every API error into {@code application/problem+json}. Validation problems name each field
 * in {@code errors: [{field, message}]} and in the detail text.
 */
@RestControllerAdvice(basePackageClasses = ApiProblemHandler.class)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

  private static final Pattern FIELD = Pattern.compile("^([A-Za-z][A-Za-z0-9_.\\[\\]]*):");
  private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

  /** A field that broke a rule, as reported to API clients. */
  record FieldError(String field, String message) {}

  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        ex.getBindingResult().getFieldErrors().stream()
            .map(
                e ->
                    new FieldError(
                        e.getField(), e.getDefaultMessage() == null ? "" : e.getDefaultMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(invalid(errors));
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ProblemDetail constraintViolation(ConstraintViolationException ex) {
    return invalid(
        ex.getConstraintViolations().stream()
            .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList());
  }

  @ExceptionHandler(UsernameTakenException.class)
  ProblemDetail usernameTaken(UsernameTakenException ex) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
    problem.setProperty("errors", List.of(new FieldError("username", ex.getMessage())));
    return problem;
  }

  /**
   * A scoring request the contract refuses: the scoring module's message names the field ("channel:
   * unknown value ..."), which is also given as the {@code field} member.
   */
  @ExceptionHandler(InvalidRequestException.class)
  ProblemDetail invalidScoringRequest(InvalidRequestException ex) {
    String message = ex.getMessage() == null ? "invalid request" : ex.getMessage();
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid request: " + message);
    problem.setTitle("Invalid request");
    problem.setProperty("code", "INVALID_REQUEST");
    Matcher field = FIELD.matcher(message);
    if (field.find()) {
      problem.setProperty("field", field.group(1));
      problem.setProperty(
          "errors",
          List.of(new FieldError(field.group(1), message.substring(field.end()).strip())));
    } else if (message.contains("\"draft\"")) {
      problem.setProperty("field", "draft");
      problem.setProperty("errors", List.of(new FieldError("draft", message)));
    }
    return problem;
  }

  @ExceptionHandler(ImportFormatException.class)
  ProblemDetail importFormat(ImportFormatException ex) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
    problem.setTitle("Cannot import this file");
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException ex) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ProblemDetail accessDenied(AccessDeniedException ex) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception ex) {
    log.error("Unexpected error in an API call", ex);
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side; it has been logged.");
  }

  private static ProblemDetail invalid(List<FieldError> errors) {
    String detail =
        errors.stream()
            .map(e -> e.field() + ": " + e.message())
            .collect(Collectors.joining("; ", "Invalid request: ", ""));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
    problem.setTitle("Invalid request");
    problem.setProperty("errors", errors);
    return problem;
  }

  private static String lastNode(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? path : path.substring(dot + 1);
  }
}
