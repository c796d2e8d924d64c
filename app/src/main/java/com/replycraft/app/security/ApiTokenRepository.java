package com.replycraft.app.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Stored API tokens (hashes only); only this package's services use it. */
interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

  Optional<ApiToken> findByTokenHash(String tokenHash);

  List<ApiToken> findAllByOrderByCreatedAtDesc();

  long countByRevokedAtIsNull();
}
