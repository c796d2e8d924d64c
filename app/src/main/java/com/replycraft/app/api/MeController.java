package com.replycraft.app.api;

import com.replycraft.app.security.ApiPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the calling token is. */
@RestController
@RequestMapping("/api/v1")
class MeController {

  /** The calling token: its id, name and role. */
  record Me(long tokenId, String name, String role) {}

  @GetMapping("/me")
  @PermitAll
  @Operation(summary = "Who the calling token is")
  public Me me(@AuthenticationPrincipal ApiPrincipal principal) {
    return new Me(principal.tokenId(), principal.name(), principal.role().name());
  }
}
