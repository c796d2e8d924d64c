package com.replycraft.scoring.check;

import com.replycraft.scoring.check.clarity.NextStepCheck;
import com.replycraft.scoring.check.clarity.PlaceholderCheck;
import com.replycraft.scoring.check.clarity.ReadabilityCheck;
import com.replycraft.scoring.check.clarity.UnansweredQuestionCheck;
import com.replycraft.scoring.check.clarity.VagueTimeframeCheck;
import com.replycraft.scoring.check.clarity.WallOfTextCheck;
import com.replycraft.scoring.check.tone.BlameLanguageCheck;
import com.replycraft.scoring.check.tone.DismissiveLanguageCheck;
import com.replycraft.scoring.check.tone.NegativeFramingCheck;
import com.replycraft.scoring.check.tone.ShoutingCheck;
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
        new BlameLanguageCheck(),
        new DismissiveLanguageCheck(),
        new ShoutingCheck(),
        new NegativeFramingCheck(),
        new ReadabilityCheck(),
        new WallOfTextCheck(),
        new UnansweredQuestionCheck(),
        new PlaceholderCheck(),
        new NextStepCheck());
  }

  public static List<ThreadCheck> threadChecks() {
    return List.of();
  }
}
