package com.replycraft.scoring.check;

import com.replycraft.scoring.check.clarity.VagueTimeframeCheck;
import com.replycraft.scoring.check.empathy.NoOwnershipCheck;
import com.replycraft.scoring.check.empathy.NotPersonalisedCheck;
import com.replycraft.scoring.check.empathy.ScriptedEmpathyCheck;
import com.replycraft.scoring.check.empathy.TemplatedReplyCheck;
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
        new ScriptedEmpathyCheck(),
        new TemplatedReplyCheck(),
        new NotPersonalisedCheck(),
        new NoOwnershipCheck());
  }

  public static List<ThreadCheck> threadChecks() {
    return List.of();
  }
}
