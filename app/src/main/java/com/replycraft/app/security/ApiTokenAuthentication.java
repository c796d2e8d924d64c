package com.replycraft.app.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an API bearer token; its authority is the token's role. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

  private final ApiPrincipal principal;

  ApiTokenAuthentication(ApiPrincipal principal) {
    super(List.of(new SimpleGrantedAuthority(principal.role().authority())));
    this.principal = principal;
    setAuthenticated(true);
  }

  @Override
  public Object getCredentials() {
    return "";
  }

  @Override
  public ApiPrincipal getPrincipal() {
    return principal;
  }

  @Override
  public String getName() {
    return principal.name();
  }
}
