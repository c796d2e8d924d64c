package com.replycraft.scoring.thread;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Per-request overrides of the channel's defaults.
 *
 * @param responseTarget overrides the channel's configured response target
 * @param highValueThreshold a customer value above this makes the thread HIGH_VALUE
 * @param longThreadAfter a thread whose first customer message is older than this is
 *     LONG_UNRESOLVED_THREAD (default 7 days)
 * @param longThreadExchanges a thread where the customer came back after an agent reply this many
 *     times is LONG_UNRESOLVED_THREAD (default 3)
 */
public record Policy(
    @Nullable Duration responseTarget,
    @Nullable Double highValueThreshold,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Duration longThreadAfter,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Integer longThreadExchanges) {

  public static final Policy DEFAULT = new Policy(null, null);

  public static final double DEFAULT_HIGH_VALUE_THRESHOLD = 5000;
  public static final Duration DEFAULT_LONG_THREAD_AFTER = Duration.ofDays(7);
  public static final int DEFAULT_LONG_THREAD_EXCHANGES = 3;

  public Policy(@Nullable Duration responseTarget, @Nullable Double highValueThreshold) {
    this(responseTarget, highValueThreshold, null, null);
  }

  public Duration responseTargetFor(Channel channel) {
    return responseTarget != null ? responseTarget : channel.profile().responseTarget();
  }

  public double highValueThresholdOrDefault() {
    return highValueThreshold != null ? highValueThreshold : DEFAULT_HIGH_VALUE_THRESHOLD;
  }

  public Duration longThreadAfterOrDefault() {
    return longThreadAfter != null ? longThreadAfter : DEFAULT_LONG_THREAD_AFTER;
  }

  public int longThreadExchangesOrDefault() {
    return longThreadExchanges != null && longThreadExchanges > 0
        ? longThreadExchanges
        : DEFAULT_LONG_THREAD_EXCHANGES;
  }
}
