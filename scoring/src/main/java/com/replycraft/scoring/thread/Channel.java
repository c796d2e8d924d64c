package com.replycraft.scoring.thread;

import java.time.Duration;

/**
 * The channels of the scoring contract, each with its default expectations. A paragraph of a
 * messaging reply becomes a wall of text sooner than an email's (75 words against 120: about what
 * fits on a phone screen), and a public social reply sooner still.
 */
public enum Channel {
  EMAIL(new ChannelProfile(Duration.ofHours(24), 9.0, 32, 120, true)),
  MESSAGING(new ChannelProfile(Duration.ofHours(4), 7.0, 22, 75, true)),
  SOCIAL_PUBLIC(new ChannelProfile(Duration.ofHours(1), 7.0, 22, 60, true)),
  SOCIAL_PRIVATE(new ChannelProfile(Duration.ofHours(4), 7.0, 22, 75, true)),
  TICKET(new ChannelProfile(Duration.ofHours(24), 9.0, 32, 120, true)),
  LIVE_CHAT(new ChannelProfile(Duration.ofMinutes(2), 7.0, 22, 75, false)),
  VOICE(new ChannelProfile(Duration.ofMinutes(2), 8.0, 28, 100, false));

  private final ChannelProfile profile;

  Channel(ChannelProfile profile) {
    this.profile = profile;
  }

  public ChannelProfile profile() {
    return profile;
  }

  public boolean isAsync() {
    return profile.async();
  }
}
