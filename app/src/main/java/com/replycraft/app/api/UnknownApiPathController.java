package com.replycraft.app.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers any {@code /api/**} path that no endpoint serves with a 404 problem, rather than letting
 * it fall through to the web app's HTML pages. More specific mappings always win over this one.
 */
@RestController
@Hidden
class UnknownApiPathController {

  @RequestMapping("/api/**")
  @PermitAll
  public Object unknown(HttpServletRequest request) {
    throw new NotFoundException("No API endpoint at " + request.getRequestURI());
  }
}
