package com.replycraft.app.security;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and manages users. Every change validates its input first and runs in one transaction, so
 * a rejected request leaves nothing half-saved.
 */
@Service
@Transactional(readOnly = true)
public class UserService {

  private final AppUserRepository users;
  private final PasswordEncoder passwordEncoder;
  private final Validator validator;
  private final Clock clock;

  UserService(
      AppUserRepository users, PasswordEncoder passwordEncoder, Validator validator, Clock clock) {
    this.users = users;
    this.passwordEncoder = passwordEncoder;
    this.validator = validator;
    this.clock = clock;
  }

  public List<UserSummary> list() {
    return users.findAllByOrderByUsernameAsc().stream().map(AppUser::toSummary).toList();
  }

  public Optional<UserSummary> find(String username) {
    return users.findByUsername(username.strip().toLowerCase(Locale.ROOT)).map(AppUser::toSummary);
  }

  public Optional<UserSummary> findById(long id) {
    return users.findById(id).map(AppUser::toSummary);
  }

  public boolean usernameTaken(String username) {
    return users.existsByUsername(username.strip().toLowerCase(Locale.ROOT));
  }

  public long count() {
    return users.count();
  }

  /**
   * Creates an enabled user.
   *
   * @throws ConstraintViolationException when a field breaks its rule (the path names the field)
   * @throws UsernameTakenException when the username is in use
   */
  @Transactional
  public UserSummary create(NewUser request) {
    check(request);
    String username = Objects.requireNonNull(request.username());
    if (users.existsByUsername(username)) {
      throw new UsernameTakenException(username);
    }
    AppUser user =
        new AppUser(
            username,
            Objects.requireNonNull(request.displayName()),
            passwordEncoder.encode(request.password()),
            Objects.requireNonNull(request.roles()),
            clock.instant());
    try {
      return users.saveAndFlush(user).toSummary();
    } catch (DataIntegrityViolationException raceLost) {
      throw new UsernameTakenException(username);
    }
  }

  /** Replaces a user's password; the old one stops working at once. */
  @Transactional
  public void resetPassword(long userId, NewPassword request) {
    check(request);
    load(userId).changePasswordHash(passwordEncoder.encode(request.password()));
  }

  /**
   * Enables or disables a user; a disabled user cannot sign in.
   *
   * @throws UserRuleException when this would leave no enabled admin
   */
  @Transactional
  public UserSummary setEnabled(long userId, boolean enabled) {
    AppUser user = load(userId);
    if (!enabled
        && user.isEnabled()
        && user.getRoles().contains(Role.ADMIN)
        && users.countEnabledAdmins() <= 1) {
      throw new UserRuleException("ReplyCraft needs at least one enabled admin");
    }
    user.setEnabled(enabled);
    return user.toSummary();
  }

  private AppUser load(long userId) {
    return users
        .findById(userId)
        .orElseThrow(() -> new IllegalArgumentException("No user with id " + userId));
  }

  private <T> void check(T request) {
    Set<ConstraintViolation<T>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }
}
