package com.replycraft.scoring.check.clarity;

import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.LexiconEntry;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Token;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a text that carry its topic: lower-cased, stop words removed ({@code
 * lexicon/stopwords.txt}) and reduced to a crude stem, so "refunded", "refunds" and "refund" meet,
 * as do "cancelled" and "cancellation". A deliberately small suffix stripper in the spirit of
 * Porter's first steps: enough to compare a question with a reply, not a linguistic analysis.
 */
public final class ContentWords {

  private static final Set<String> STOPWORDS = words(Lexicon.named("stopwords"));

  /** Common irregular forms, mapped to the stem of their base verb. */
  private static final Map<String, String> IRREGULAR =
      Map.ofEntries(
          Map.entry("paid", "pay"),
          Map.entry("sent", "send"),
          Map.entry("bought", "buy"),
          Map.entry("got", "get"),
          Map.entry("gotten", "get"),
          Map.entry("gave", "give"),
          Map.entry("given", "give"),
          Map.entry("took", "take"),
          Map.entry("taken", "take"),
          Map.entry("left", "leav"),
          Map.entry("lost", "los"),
          Map.entry("broke", "break"),
          Map.entry("broken", "break"),
          Map.entry("told", "tell"),
          Map.entry("charges", "charg"),
          Map.entry("money", "money"),
          Map.entry("refunds", "refund"),
          Map.entry("items", "item"),
          Map.entry("was", "be"),
          Map.entry("went", "go"),
          Map.entry("made", "make"),
          Map.entry("bill", "bill"),
          Map.entry("billing", "bill"),
          Map.entry("billed", "bill"));

  /** Declared after IRREGULAR: building it stems words. */
  private static final Map<String, String> SYNONYMS = synonyms(Lexicon.named("synonyms"));

  private ContentWords() {}

  /** The stems of the content words of tokens {@code [from, to)} of a text, outside quotes. */
  public static Set<String> of(AnalyzedText text, int from, int to) {
    Set<String> stems = new LinkedHashSet<>();
    List<Token> tokens = text.tokens();
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.isWord() && !token.quoted() && isContent(token.lower())) {
        String stem = stem(token.lower());
        stems.add(SYNONYMS.getOrDefault(stem, stem));
      }
    }
    return stems;
  }

  public static Set<String> of(AnalyzedText text) {
    return of(text, 0, text.tokens().size());
  }

  public static boolean isStopword(String lower) {
    return STOPWORDS.contains(lower);
  }

  static boolean isContent(String lower) {
    return lower.length() > 1 && !STOPWORDS.contains(lower);
  }

  /** A crude stem: plural, past, gerund, adverb and a few derivational endings removed. */
  public static String stem(String lower) {
    String w = lower.replace("'s", "").replace("’s", "");
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.length() <= 3) {
      return w;
    }
    w = strip(w, "ations", 4, "");
    w = strip(w, "ation", 4, "");
    w = strip(w, "ments", 3, "");
    w = strip(w, "ment", 3, "");
    w = strip(w, "ies", 2, "y");
    w = strip(w, "ied", 2, "y");
    w = strip(w, "sses", 2, "ss");
    w = strip(w, "ing", 3, "");
    w = strip(w, "ed", 3, "");
    w = strip(w, "ly", 3, "");
    w = strip(w, "al", 4, "");
    if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.length() > 3 && (w.endsWith("e") || w.endsWith("y") || w.endsWith("i"))) {
      w = w.substring(0, w.length() - 1);
    }
    int n = w.length();
    if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lstpgmnrd".indexOf(w.charAt(n - 1)) >= 0) {
      w = w.substring(0, n - 1); // "cancell" -> "cancel", "shipp" -> "ship"
    }
    return w;
  }

  private static String strip(String word, String suffix, int minStem, String with) {
    if (word.endsWith(suffix) && word.length() - suffix.length() >= minStem) {
      return word.substring(0, word.length() - suffix.length()) + with;
    }
    return word;
  }

  private static Map<String, String> synonyms(Lexicon lexicon) {
    Map<String, String> map = new HashMap<>();
    for (LexiconEntry entry : lexicon.entries()) {
      String head = stem(entry.tokens().get(0));
      for (String word : entry.tokens()) {
        map.putIfAbsent(stem(word), head);
      }
    }
    return Map.copyOf(map);
  }

  private static Set<String> words(Lexicon lexicon) {
    Set<String> words = new HashSet<>();
    for (LexiconEntry entry : lexicon.entries()) {
      words.addAll(entry.tokens());
    }
    return Set.copyOf(words);
  }
}
