package com.replycraft.scoring.check.clarity;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.PhraseMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * VAGUE_TIMEFRAME: "soon", "shortly", "ASAP", "in due course" tell an async customer nothing they
 * can plan around. Quoted and negated uses ("not soon enough", a quoted customer line) are left
 * alone.
 */
public final class VagueTimeframeCheck implements Check {

  private static final Lexicon VAGUE = Lexicon.named("vague-timeframe");

  @Override
  public String id() {
    return "VAGUE_TIMEFRAME";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.VAGUE_TIMEFRAME);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    List<Finding> findings = new ArrayList<>();
    for (PhraseMatch match : VAGUE.find(context.reply())) {
      if (match.quotedIn(context.reply()) || match.negatedIn(context.reply())) {
        continue;
      }
      String phrase = context.reply().slice(match.start(), match.end());
      Finding finding =
          Finding.of(
              FindingCode.VAGUE_TIMEFRAME,
              Severity.MAJOR,
              match.start(),
              match.end(),
              "\"" + phrase + "\" gives the customer no time they can plan around.",
              "Name a time or a window the customer can hold you to, e.g. \"by 5 pm tomorrow\".");
      String replacement = match.entry().replacement();
      findings.add(replacement == null ? finding : finding.withReplacement(replacement));
    }
    return findings;
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.VAGUE_TIMEFRAME,
            ScoreRequest.builder()
                .draft("Thanks Sam, our team will get back to you shortly about the refund.")
                .build(),
            ScoreRequest.builder()
                .draft("Thanks Sam, our team will email you about the refund by 5 pm tomorrow.")
                .build()));
  }
}
