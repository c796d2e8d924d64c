package com.replycraft.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} on the API. A missing header leaves the
 * request anonymous (and the API then answers 401); an unknown or revoked token is refused at once.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final ApiTokenService tokens;
  private final AuthenticationEntryPoint entryPoint;
  private final SecurityContextHolderStrategy contexts =
      SecurityContextHolder.getContextHolderStrategy();

  BearerTokenFilter(ApiTokenService tokens, AuthenticationEntryPoint entryPoint) {
    this.tokens = tokens;
    this.entryPoint = entryPoint;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String header = request.getHeader("Authorization");
    if (header == null) {
      chain.doFilter(request, response);
      return;
    }
    Optional<ApiPrincipal> principal =
        header.regionMatches(true, 0, BEARER, 0, BEARER.length())
            ? tokens.authenticate(header.substring(BEARER.length()).strip())
            : Optional.empty();
    if (principal.isEmpty()) {
      contexts.clearContext();
      entryPoint.commence(
          request, response, new BadCredentialsException("Unknown or revoked bearer token"));
      return;
    }
    SecurityContext context = contexts.createEmptyContext();
    context.setAuthentication(new ApiTokenAuthentication(principal.get()));
    contexts.setContext(context);
    try {
      chain.doFilter(request, response);
    } finally {
      contexts.clearContext();
    }
  }
}
