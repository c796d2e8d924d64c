package com.replycraft.app.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Writes the API's 401 and 403 answers as {@code application/problem+json} (RFC 9457), from the
 * security filters, before any controller runs.
 */
final class ProblemResponses {

  private final ObjectMapper json;

  ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  AuthenticationEntryPoint unauthorized() {
    return (request, response, exception) -> {
      response.setHeader("WWW-Authenticate", "Bearer");
      boolean sentToken = request.getHeader("Authorization") != null;
      write(
          request,
          response,
          HttpStatus.UNAUTHORIZED,
          sentToken
              ? "The bearer token is unknown or revoked."
              : "Send an API token in the header 'Authorization: Bearer <token>'.");
    };
  }

  AccessDeniedHandler forbidden() {
    return (request, response, exception) ->
        write(
            request,
            response,
            HttpStatus.FORBIDDEN,
            "This token's role may not use this endpoint.");
  }

  private void write(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", status.getReasonPhrase());
    problem.put("status", status.value());
    problem.put("detail", detail);
    problem.put("instance", request.getRequestURI());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding("UTF-8");
    json.writeValue(response.getOutputStream(), problem);
  }
}
