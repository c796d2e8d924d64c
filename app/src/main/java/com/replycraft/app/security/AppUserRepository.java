package com.replycraft.app.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Stored users; only this package's services use it. */
interface AppUserRepository extends JpaRepository<AppUser, Long> {

  Optional<AppUser> findByUsername(String username);

  boolean existsByUsername(String username);

  List<AppUser> findAllByOrderByUsernameAsc();

  @Query(
      "select count(u) from AppUser u join u.roles r"
          + " where u.enabled = true and r = com.replycraft.app.security.Role.ADMIN")
  long countEnabledAdmins();
}
