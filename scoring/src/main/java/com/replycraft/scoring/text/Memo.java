package com.replycraft.scoring.text;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Derived results remembered for the life of one analysed text or thread view, so that several
 * checks and signals asking the same question within a request pay for it once (lexicon matches,
 * cue scores, the customer's mood). Keys are the asking objects themselves (a {@code Lexicon}, a
 * {@code CueLexicon}, a private key object), compared as their own {@code equals} says — by
 * identity for those. Values must be pure functions of the owner and the key, and immutable.
 *
 * <p>Thread-safe: two threads may compute the same value once each, and the first one stored wins.
 * A computation may itself use the memo (no {@code computeIfAbsent}, so no recursive-update
 * failure). Memos never take part in equality: two equal views with different memos are equal.
 */
public final class Memo {

  private static final Object NULL = new Object();

  private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>(16);

  /** The remembered value for {@code key}, computed by {@code compute} the first time. */
  @SuppressWarnings("unchecked")
  public <T> T get(Object key, Supplier<T> compute) {
    Object value = values.get(key);
    if (value == null) {
      T computed = compute.get();
      Object stored = values.putIfAbsent(key, computed == null ? NULL : computed);
      return stored == null ? computed : unwrap(stored);
    }
    return unwrap(value);
  }

  @SuppressWarnings("unchecked")
  private static <T> @Nullable T unwrap(Object value) {
    return value == NULL ? null : (T) value;
  }

  /** How many values are remembered (for tests). */
  public int size() {
    return values.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Memo;
  }

  @Override
  public int hashCode() {
    return 0;
  }

  @Override
  public String toString() {
    return "Memo";
  }
}
