package com.replycraft.scoring.escalation.signal;

import com.replycraft.scoring.escalation.EscalationReason;
import org.jspecify.annotations.Nullable;

/**
 * A signal found in a thread.
 *
 * @param reason the reason code with its evidence (the customer's words and where they are)
 * @param strength how clearly the thread shows it, 0..1 (one plain cue about 0.5; several or strong
 *     cues up to 1)
 * @param cue the words that show it most clearly (a cue phrase, or a description of the shape)
 * @param category what kind of situation, where the signal distinguishes kinds (distress:
 *     bereavement, illness, hardship, safety, fear, age, disability; otherwise null)
 */
public record SignalHit(
    EscalationReason reason, double strength, String cue, @Nullable String category) {

  public SignalHit {
    strength = Math.max(0, Math.min(1, strength));
  }

  /** A hit whose cue is its evidence. */
  public SignalHit(EscalationReason reason, double strength, @Nullable String category) {
    this(reason, strength, reason.evidence(), category);
  }
}
