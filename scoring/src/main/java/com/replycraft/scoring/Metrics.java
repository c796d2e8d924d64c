package com.replycraft.scoring;

import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Readability;

/** Size and readability of the scored text. */
public record Metrics(int words, int sentences, double readingGrade, double readingEase) {

  public static Metrics of(AnalyzedText text) {
    Readability r = text.readability();
    return new Metrics(r.words(), r.sentences(), r.grade(), r.ease());
  }
}
