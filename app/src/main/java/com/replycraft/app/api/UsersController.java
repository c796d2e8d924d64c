package com.replycraft.app.api;

import com.replycraft.app.security.NewUser;
import com.replycraft.app.security.Role;
import com.replycraft.app.security.UserService;
import com.replycraft.app.security.UserSummary;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** User administration for provisioning scripts (ADMIN tokens only). */
@RestController
@RequestMapping("/api/v1/users")
class UsersController {

  private final UserService users;

  UsersController(UserService users) {
    this.users = users;
  }

  @GetMapping
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "All users")
  public List<UserSummary> list() {
    return users.list();
  }

  @GetMapping("/{username}")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "One user by username")
  public UserSummary get(@PathVariable String username) {
    return users
        .find(username)
        .orElseThrow(() -> new NotFoundException("No user named \"" + username + "\""));
  }

  @PostMapping
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Create a user (400 names the invalid fields, 409 if the username is taken)")
  public ResponseEntity<UserSummary> create(@Valid @RequestBody NewUser request) {
    UserSummary created = users.create(request);
    return ResponseEntity.created(URI.create("/api/v1/users/" + created.username())).body(created);
  }
}
