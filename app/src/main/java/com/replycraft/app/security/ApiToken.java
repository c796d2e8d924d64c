package com.replycraft.app.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A bearer token for the REST API. Only the SHA-256 hash of the token is stored. */
@Entity
@Table(name = "api_token")
class ApiToken {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(nullable = false, length = 80)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private Role role;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "created_by", nullable = false, length = 40)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "last_used_at")
  private @Nullable Instant lastUsedAt;

  @Column(name = "revoked_at")
  private @Nullable Instant revokedAt;

  @SuppressWarnings("NullAway.Init")
  protected ApiToken() {}

  ApiToken(String name, Role role, String tokenHash, String createdBy, Instant now) {
    this.name = name;
    this.role = role;
    this.tokenHash = tokenHash;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  @Nullable Long getId() {
    return id;
  }

  String getName() {
    return name;
  }

  Role getRole() {
    return role;
  }

  @Nullable Instant getRevokedAt() {
    return revokedAt;
  }

  @Nullable Instant getLastUsedAt() {
    return lastUsedAt;
  }

  boolean isActive() {
    return revokedAt == null;
  }

  void revoke(Instant now) {
    if (revokedAt == null) {
      revokedAt = now;
    }
  }

  void markUsed(Instant now) {
    lastUsedAt = now;
  }

  ApiTokenSummary toSummary() {
    return new ApiTokenSummary(
        id == null ? 0 : id, name, role, createdBy, createdAt, lastUsedAt, revokedAt);
  }
}
