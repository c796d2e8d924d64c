package com.replycraft.scoring.check;

import com.replycraft.scoring.check.channelfit.EscalationNotOfferedCheck;
import com.replycraft.scoring.check.clarity.VagueTimeframeCheck;
import com.replycraft.scoring.check.empathy.EmotionAcknowledgedCheck;
import com.replycraft.scoring.check.tone.EmojiMismatchCheck;
import java.util.List;

/**
 * The one explicit list of checks, in the order their findings are reported. Severity lives on each
 * check, not here.
 */
public final class Checks {

  private Checks() {}

  public static List<Check> replyChecks() {
    return List.of(
        new VagueTimeframeCheck(),
        new EscalationNotOfferedCheck(),
        new EmojiMismatchCheck(),
        new EmotionAcknowledgedCheck());
  }

  public static List<ThreadCheck> threadChecks() {
    return List.of();
  }
}
