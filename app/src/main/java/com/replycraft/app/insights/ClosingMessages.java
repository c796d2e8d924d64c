package com.replycraft.app.insights;

import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.TextAnalyzer;
import com.replycraft.scoring.text.Token;
import java.util.Set;

/**
 * Whether a customer's message closes the matter ("thanks, all sorted"): short, no question, no
 * "still" or "but", and a thanks or confirmation from the scorer's own {@code customer-closing}
 * lexicon (the one that spares a reply to it a next step), so both agree on what a closing is.
 */
final class ClosingMessages {

  private static final Lexicon CLOSING = Lexicon.named("customer-closing");
  private static final Set<String> STILL_OPEN = Set.of("still", "but", "however", "again", "not");
  private static final int MAX_WORDS = 30;

  private final TextAnalyzer analyzer = new TextAnalyzer();

  boolean closes(String message) {
    AnalyzedText text = analyzer.analyze(message);
    if (text.readability().words() > MAX_WORDS) {
      return false;
    }
    for (Sentence sentence : text.sentences()) {
      if (sentence.question()) {
        return false;
      }
    }
    for (Token token : text.tokens()) {
      if (STILL_OPEN.contains(token.lower())) {
        return false;
      }
    }
    return CLOSING.affirmedIn(text);
  }
}
