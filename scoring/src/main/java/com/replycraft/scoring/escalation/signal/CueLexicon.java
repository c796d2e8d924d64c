package com.replycraft.scoring.escalation.signal;

import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.LexiconEntry;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A lexicon of weighted cues: each line is {@code phrase => weight [category]}, e.g. {@code passed
 * away => 1 bereavement}. Weight 1 is a cue that alone shows the signal; smaller weights add up
 * within a message; weight 0 masks a longer phrase that must not count ("no rush", "thanks again").
 * A cue is skipped when its first word is negated ("not angry") or quoted (someone else's words);
 * cues that start with their own negator ("not happy", "can't afford") keep counting.
 */
public final class CueLexicon {

  private static final int NEGATION_REACH = 5;
  private static final Set<String> CLAUSE_SUBJECTS =
      Set.of("i", "we", "they", "he", "she", "i'll", "we'll", "they'll", "then");
  private static final Set<String> NEGATORS =
      Set.of(
          "not", "no", "never", "cannot", "without", "nothing", "nobody", "none", "neither", "nor",
          "hardly", "barely", "nowhere");

  private final Lexicon lexicon;
  private final Map<LexiconEntry, Double> weights = new IdentityHashMap<>();
  private final Map<LexiconEntry, String> categories = new IdentityHashMap<>();

  private CueLexicon(Lexicon lexicon) {
    this.lexicon = lexicon;
    for (LexiconEntry entry : lexicon.entries()) {
      weights.put(entry, weight(entry));
      String category = category(entry);
      if (category != null) {
        categories.put(entry, category);
      }
    }
  }

  public static CueLexicon named(String name) {
    return new CueLexicon(Lexicon.named(name));
  }

  /**
   * The cues present in the text, in text order, masks and negated or quoted cues removed (an
   * unmodifiable list, remembered in the text's memo: the advisor and the mood read the same
   * messages).
   */
  public List<Cue> find(AnalyzedText text) {
    return text.memo().get(this, () -> findUncached(text));
  }

  List<Cue> findUncached(AnalyzedText text) {
    List<Cue> cues = new ArrayList<>();
    for (PhraseMatch match : lexicon.find(text)) {
      Token first = text.tokens().get(match.firstToken());
      if (first.quoted() || negated(text, match.firstToken())) {
        continue;
      }
      double weight = weights.getOrDefault(match.entry(), 1.0);
      if (weight <= 0) {
        continue;
      }
      cues.add(
          new Cue(
              match.start(),
              match.end(),
              weight,
              categories.get(match.entry()),
              match.firstToken(),
              match.endToken()));
    }
    return List.copyOf(cues);
  }

  /**
   * Whether the word at {@code index} is negated: the analyser marks it so and a negator stands
   * within the same clause before it. A new subject ("If this isn't fixed <u>I</u> will cancel")
   * starts a clause the earlier negation does not reach.
   */
  static boolean negated(AnalyzedText text, int index) {
    List<Token> tokens = text.tokens();
    if (!tokens.get(index).negated()) {
      return false;
    }
    for (int i = index - 1; i >= 0 && i >= index - NEGATION_REACH; i--) {
      Token token = tokens.get(i);
      if (token.kind() == TokenKind.PUNCTUATION || CLAUSE_SUBJECTS.contains(token.lower())) {
        return false;
      }
      if (NEGATORS.contains(token.lower()) || token.lower().endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  /** The sum of cue weights in the text. */
  public double score(AnalyzedText text) {
    double sum = 0;
    for (Cue cue : find(text)) {
      sum += cue.weight();
    }
    return sum;
  }

  private static double weight(LexiconEntry entry) {
    String spec = entry.replacement();
    if (spec == null || spec.isBlank()) {
      return 1;
    }
    String number = spec.strip().split("\\s+")[0];
    try {
      return Double.parseDouble(number);
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static @Nullable String category(LexiconEntry entry) {
    String spec = entry.replacement();
    if (spec == null) {
      return null;
    }
    String[] parts = spec.strip().split("\\s+");
    return parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : null;
  }

  /**
   * One cue found in a text.
   *
   * @param firstToken index of its first token
   * @param endToken index after its last token
   */
  public record Cue(
      int start, int end, double weight, @Nullable String category, int firstToken, int endToken) {}
}
