package com.replycraft.app.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A person who signs in to ReplyCraft. The password is stored only as a BCrypt hash. */
@Entity
@Table(name = "app_user")
class AppUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private @Nullable Long id;

  @Column(nullable = false, unique = true, length = 40)
  private String username;

  @Column(name = "display_name", nullable = false, length = 100)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 100)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 20)
  private Set<Role> roles = EnumSet.noneOf(Role.class);

  @SuppressWarnings("NullAway.Init")
  protected AppUser() {}

  AppUser(String username, String displayName, String passwordHash, Set<Role> roles, Instant now) {
    this.username = username;
    this.displayName = displayName;
    this.passwordHash = passwordHash;
    this.roles = EnumSet.copyOf(roles);
    this.enabled = true;
    this.createdAt = now;
  }

  @Nullable Long getId() {
    return id;
  }

  String getUsername() {
    return username;
  }

  String getDisplayName() {
    return displayName;
  }

  String getPasswordHash() {
    return passwordHash;
  }

  boolean isEnabled() {
    return enabled;
  }

  Instant getCreatedAt() {
    return createdAt;
  }

  Set<Role> getRoles() {
    return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
  }

  void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  UserSummary toSummary() {
    return new UserSummary(
        id == null ? 0 : id, username, displayName, getRoles(), enabled, createdAt);
  }
}
