package com.replycraft.scoring.thread;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Per-request overrides of the channel's defaults.
 *
 * @param responseTarget overrides the channel's configured response target
 * @param highValueThreshold a customer value above this makes the thread HIGH_VALUE
 */
public record Policy(@Nullable Duration responseTarget, @Nullable Double highValueThreshold) {

  public static final Policy DEFAULT = new Policy(null, null);

  public static final double DEFAULT_HIGH_VALUE_THRESHOLD = 5000;

  public Duration responseTargetFor(Channel channel) {
    return responseTarget != null ? responseTarget : channel.profile().responseTarget();
  }

  public double highValueThresholdOrDefault() {
    return highValueThreshold != null ? highValueThreshold : DEFAULT_HIGH_VALUE_THRESHOLD;
  }
}
