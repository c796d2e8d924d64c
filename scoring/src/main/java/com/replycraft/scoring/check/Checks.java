package com.replycraft.scoring.check;

import com.replycraft.scoring.check.channel.DisclosureTimingCheck;
import com.replycraft.scoring.check.channel.EscalationNotOfferedCheck;
import com.replycraft.scoring.check.channel.KnownInfoCheck;
import com.replycraft.scoring.check.channel.LiveChatLanguageCheck;
import com.replycraft.scoring.check.channel.RedundantVerificationCheck;
import com.replycraft.scoring.check.channel.ResponseExpectationCheck;
import com.replycraft.scoring.check.channel.RigidFormatCheck;
import com.replycraft.scoring.check.clarity.NextStepCheck;
import com.replycraft.scoring.check.clarity.PlaceholderCheck;
import com.replycraft.scoring.check.clarity.ReadabilityCheck;
import com.replycraft.scoring.check.clarity.UnansweredQuestionCheck;
import com.replycraft.scoring.check.clarity.VagueTimeframeCheck;
import com.replycraft.scoring.check.clarity.WallOfTextCheck;
import com.replycraft.scoring.check.delay.DelayAcknowledgementCheck;
import com.replycraft.scoring.check.delay.RestartedConversationCheck;
import com.replycraft.scoring.check.empathy.EmotionAcknowledgedCheck;
import com.replycraft.scoring.check.empathy.NoOwnershipCheck;
import com.replycraft.scoring.check.empathy.NotPersonalisedCheck;
import com.replycraft.scoring.check.empathy.ScriptedEmpathyCheck;
import com.replycraft.scoring.check.empathy.TemplatedReplyCheck;
import com.replycraft.scoring.check.tone.BlameLanguageCheck;
import com.replycraft.scoring.check.tone.CurtRequestCheck;
import com.replycraft.scoring.check.tone.DismissiveLanguageCheck;
import com.replycraft.scoring.check.tone.EmojiMismatchCheck;
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
        // delay acknowledgement
        new DelayAcknowledgementCheck(),
        new RestartedConversationCheck(),
        // channel fit
        new LiveChatLanguageCheck(),
        new ResponseExpectationCheck(),
        new RedundantVerificationCheck(),
        new KnownInfoCheck(),
        new RigidFormatCheck(),
        new EscalationNotOfferedCheck(),
        // tone
        new BlameLanguageCheck(),
        new DismissiveLanguageCheck(),
        new ShoutingCheck(),
        new EmojiMismatchCheck(),
        new NegativeFramingCheck(),
        new CurtRequestCheck(),
        // clarity
        new ReadabilityCheck(),
        new WallOfTextCheck(),
        new UnansweredQuestionCheck(),
        new PlaceholderCheck(),
        new VagueTimeframeCheck(),
        new NextStepCheck(),
        // empathy
        new EmotionAcknowledgedCheck(),
        new ScriptedEmpathyCheck(),
        new TemplatedReplyCheck(),
        new NotPersonalisedCheck(),
        new NoOwnershipCheck());
  }

  public static List<ThreadCheck> threadChecks() {
    return List.of(new DisclosureTimingCheck());
  }
}
