package com.replycraft.training;

import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Span;
import com.replycraft.scoring.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shape most detectors share: the first phrase of the element's list that the writer really
 * says (not quoted, not negated, not followed by "not"/"never", not inside an excluded phrase).
 */
abstract class LexiconElementDetector implements ElementDetector {

  private static final Set<String> NEGATORS_AFTER = Set.of("not", "never");

  private final Lexicon phrases;
  private final Lexicon excluded;

  LexiconElementDetector(String name) {
    this.phrases = ElementLexicons.named(name);
    this.excluded = ElementLexicons.named(name + "-not");
  }

  @Override
  public Optional<Span> find(ElementContext context) {
    AnalyzedText reply = context.reply();
    List<PhraseMatch> exclusions = excluded.find(reply);
    for (PhraseMatch match : phrases.find(reply)) {
      if (match.quotedIn(reply) || match.negatedIn(reply) || negatedAfter(reply, match)) {
        continue;
      }
      boolean excluded =
          exclusions.stream().anyMatch(x -> x.start() < match.end() && match.start() < x.end());
      if (!excluded) {
        return Optional.of(new Span(match.start(), match.end()));
      }
    }
    return Optional.empty();
  }

  private static boolean negatedAfter(AnalyzedText reply, PhraseMatch match) {
    List<Token> tokens = reply.tokens();
    return match.endToken() < tokens.size()
        && NEGATORS_AFTER.contains(tokens.get(match.endToken()).lower());
  }
}
