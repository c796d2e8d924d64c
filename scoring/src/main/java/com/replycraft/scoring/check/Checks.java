package com.replycraft.scoring.check;

import com.replycraft.scoring.check.channel.DisclosureTimingCheck;
import com.replycraft.scoring.check.channel.KnownInfoCheck;
import com.replycraft.scoring.check.channel.LiveChatLanguageCheck;
import com.replycraft.scoring.check.channel.RedundantVerificationCheck;
import com.replycraft.scoring.check.channel.ResponseExpectationCheck;
import com.replycraft.scoring.check.channel.RigidFormatCheck;
import com.replycraft.scoring.check.clarity.VagueTimeframeCheck;
import com.replycraft.scoring.check.delay.DelayAcknowledgementCheck;
import com.replycraft.scoring.check.delay.RestartedConversationCheck;
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
        new DelayAcknowledgementCheck(),
        new RestartedConversationCheck(),
        new LiveChatLanguageCheck(),
        new ResponseExpectationCheck(),
        new RedundantVerificationCheck(),
        new KnownInfoCheck(),
        new RigidFormatCheck());
  }

  public static List<ThreadCheck> threadChecks() {
    return List.of(new DisclosureTimingCheck());
  }
}
