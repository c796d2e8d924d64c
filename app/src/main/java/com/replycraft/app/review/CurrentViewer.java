package com.replycraft.app.review;

import com.replycraft.app.security.Role;
import com.replycraft.app.security.UserService;
import com.replycraft.app.security.UserSummary;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The signed-in person of a view, as the review rules see them. */
@Component
class CurrentViewer {

  private final AuthenticationContext authentication;
  private final UserService users;

  CurrentViewer(AuthenticationContext authentication, UserService users) {
    this.authentication = authentication;
    this.users = users;
  }

  Viewer get() {
    String name = authentication.getPrincipalName().orElse("");
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Role role : Role.values()) {
      if (authentication.hasRole(role.name())) {
        roles.add(role);
      }
    }
    Long userId = users.find(name).map(UserSummary::id).orElse(null);
    return new Viewer(userId, name, roles);
  }
}
