package com.replycraft.app.security;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, checks and revokes API bearer tokens. A token is 32 random bytes (URL-safe Base64 with a
 * {@code rc_} prefix); only its SHA-256 hash is stored, so a database leak reveals no token.
 */
@Service
@Transactional(readOnly = true)
public class ApiTokenService {

  static final String PREFIX = "rc_";
  private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

  private final ApiTokenRepository tokens;
  private final Validator validator;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  ApiTokenService(ApiTokenRepository tokens, Validator validator, Clock clock) {
    this.tokens = tokens;
    this.validator = validator;
    this.clock = clock;
  }

  public List<ApiTokenSummary> list() {
    return tokens.findAllByOrderByCreatedAtDesc().stream().map(ApiToken::toSummary).toList();
  }

  public long countActive() {
    return tokens.countByRevokedAtIsNull();
  }

  /** Creates a token; the returned raw token is shown once and cannot be recovered later. */
  @Transactional
  public CreatedApiToken create(NewApiToken request, String createdBy) {
    Set<ConstraintViolation<NewApiToken>> violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String raw = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    ApiToken token =
        new ApiToken(
            Objects.requireNonNull(request.name()),
            Objects.requireNonNull(request.role()),
            hash(raw),
            createdBy,
            clock.instant());
    return new CreatedApiToken(tokens.save(token).toSummary(), raw);
  }

  /**
   * Makes sure a token with this exact value exists (used for {@code REPLYCRAFT_BOOTSTRAP_TOKEN}).
   * Running it again with the same value changes nothing.
   *
   * @return true when the token was created now
   */
  @Transactional
  public boolean ensure(String rawToken, String name, Role role) {
    if (rawToken.length() < 16) {
      throw new IllegalArgumentException("A bootstrap token needs at least 16 characters");
    }
    String hash = hash(rawToken);
    if (tokens.findByTokenHash(hash).isPresent()) {
      return false;
    }
    tokens.save(new ApiToken(name, role, hash, "bootstrap", clock.instant()));
    return true;
  }

  @Transactional
  public void revoke(long tokenId) {
    tokens.findById(tokenId).ifPresent(t -> t.revoke(clock.instant()));
  }

  /** The caller a raw token stands for, if it is known and not revoked. */
  @Transactional
  public Optional<ApiPrincipal> authenticate(String rawToken) {
    return tokens
        .findByTokenHash(hash(rawToken))
        .filter(ApiToken::isActive)
        .map(
            token -> {
              Instant now = clock.instant();
              Instant last = token.getLastUsedAt();
              if (last == null || last.plus(LAST_USED_RESOLUTION).isBefore(now)) {
                token.markUsed(now);
              }
              return new ApiPrincipal(
                  Objects.requireNonNull(token.getId()), token.getName(), token.getRole());
            });
  }

  static String hash(String rawToken) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(rawToken.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }
}
