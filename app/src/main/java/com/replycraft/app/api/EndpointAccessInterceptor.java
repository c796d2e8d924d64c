package com.replycraft.app.api;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll}, {@code @AnonymousAllowed} and
 * {@code @DenyAll} on API handler methods with the same checker that guards the Vaadin views. An
 * endpoint without any of them is denied, so every endpoint has to say who may use it.
 */
final class EndpointAccessInterceptor implements HandlerInterceptor {

  private final AccessAnnotationChecker checker = new AccessAnnotationChecker();

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)) {
      return true;
    }
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    boolean signedIn =
        auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken);
    Set<String> authorities =
        signedIn
            ? auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet())
            : Set.of();
    boolean allowed =
        checker.hasAccess(
            method.getMethod(),
            signedIn ? auth : null,
            role -> authorities.contains("ROLE_" + role));
    if (!allowed) {
      throw new AccessDeniedException("This token's role may not use this endpoint.");
    }
    return true;
  }
}
