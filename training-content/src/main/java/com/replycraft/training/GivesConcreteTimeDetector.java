package com.replycraft.training;

import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Span;
import com.replycraft.scoring.text.Token;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GIVES_CONCRETE_TIME: a clock time, a day, a date or a bounded window ("within 24 hours", "by end
 * of day") the customer can hold the agent to. "Soon", "shortly" and "a few days" are not concrete,
 * nor is the "today" of "how can I help you today?" ({@code concrete-time-not.txt}). Patterns:
 * {@code training/elements/concrete-time.regex}, one case-insensitive Java regex a line.
 */
final class GivesConcreteTimeDetector implements ElementDetector {

  private static final List<Pattern> PATTERNS =
      ElementLexicons.lines("concrete-time.regex").stream()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .map(line -> Pattern.compile(line, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
          .toList();

  private static final Lexicon EXCLUDED = ElementLexicons.named("concrete-time-not");

  @Override
  public Element element() {
    return Element.GIVES_CONCRETE_TIME;
  }

  @Override
  public Optional<Span> find(ElementContext context) {
    AnalyzedText reply = context.reply();
    List<PhraseMatch> exclusions = EXCLUDED.find(reply);
    Span first = null;
    for (Pattern pattern : PATTERNS) {
      Matcher m = pattern.matcher(reply.text());
      while (m.find()) {
        int start = m.start();
        int end = m.end();
        boolean excluded = exclusions.stream().anyMatch(x -> x.start() < end && start < x.end());
        if (!excluded && spoken(reply, start, end) && (first == null || start < first.start())) {
          first = new Span(m.start(), m.end());
          break;
        }
      }
    }
    return Optional.ofNullable(first);
  }

  /** Not quoted and not negated ("not today"). */
  private static boolean spoken(AnalyzedText reply, int start, int end) {
    for (Token token : reply.tokens()) {
      if (token.end() > start && token.start() < end) {
        return !token.quoted() && !token.negated();
      }
    }
    return true;
  }
}
