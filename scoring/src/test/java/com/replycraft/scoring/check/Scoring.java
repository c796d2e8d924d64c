package com.replycraft.scoring.check;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.ScoreResult;
import com.replycraft.scoring.Scorer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The real scorer on a fixed clock, and small readers of its results, for check tests. */
public final class Scoring {

  public static final Scorer SCORER =
      Scorer.create(Clock.fixed(Instant.parse("2026-11-20T09:00:00Z"), ZoneOffset.UTC));

  private Scoring() {}

  public static ScoreResult score(ScoreRequest request) {
    return SCORER.score(request);
  }

  public static List<Finding> findings(ScoreRequest request, FindingCode code) {
    return score(request).findings().stream().filter(f -> f.code() == code).toList();
  }

  /** The scored text under each finding of that code. */
  public static List<String> spans(ScoreRequest request, FindingCode code, String text) {
    return findings(request, code).stream().map(f -> text.substring(f.start(), f.end())).toList();
  }
}
