package com.replycraft.scoring.text;

import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.LexiconEntry;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words of a text that carry its topic, for overlap between two texts ("did the reply pick up
 * what the customer said?", "does the reply answer the question?"): function words dropped ({@code
 * lexicon/stopwords.txt}) and each word reduced to one crude stem, so "refunded", "refunds" and
 * "refund" meet, as do "charged"/"charging" and "cancelled"/"cancellation". A deliberately small
 * suffix stripper in the spirit of Porter's first steps plus a few irregular verbs: enough for
 * overlap, not a linguistic analysis.
 *
 * <p>Two readings share the one stemmer and stopword set: {@link #stems} keeps numbers as written
 * and stems as they are (customer facts, empathy); {@link #topics} keeps words only and folds
 * synonyms ({@code lexicon/synonyms.txt}: "phone" and "call" meet) for question/answer matching.
 */
public final class ContentWords {

  /**
   * Stems already computed (a pure function of the word), so the checks' per-token stemming of
   * every reply costs one lookup for the words seen before; stops growing at {@link
   * #MAX_REMEMBERED_STEMS} words (of at most {@link #MAX_STEMMED_LENGTH} characters).
   */
  private static final ConcurrentHashMap<String, String> STEMS = new ConcurrentHashMap<>(4096);

  private static final int MAX_REMEMBERED_STEMS = 50_000;

  private static final int MAX_STEMMED_LENGTH = 40;

  private static final Set<String> STOPWORDS = singleWords(Lexicon.named("stopwords"));

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

  /** The one-word entries of a lexicon, stemmed, as a set; for word lists kept as data. */
  public static Set<String> stemsOf(Lexicon lexicon) {
    Set<String> stems = new HashSet<>();
    for (String word : singleWords(lexicon)) {
      stems.add(stem(word));
    }
    return Set.copyOf(stems);
  }

  public static boolean isStopword(String lower) {
    return STOPWORDS.contains(lower);
  }

  /** A word or number that can carry topic: not a function word, at least two characters. */
  public static boolean isContent(Token token) {
    if (token.kind() == TokenKind.NUMBER) {
      return true;
    }
    return token.isWord() && isContentWord(token.lower());
  }

  /** A lower-case word that can carry topic: not a function word, at least two characters. */
  public static boolean isContentWord(String lower) {
    return lower.length() > 1 && !STOPWORDS.contains(lower);
  }

  /**
   * The stems of the content words and numbers among {@code tokens}, skipping quoted ones, in text
   * order; synonyms are not folded.
   */
  public static Set<String> stems(List<Token> tokens) {
    return collect(tokens, 0, tokens.size(), false);
  }

  public static Set<String> stems(AnalyzedText text) {
    return stems(text.tokens());
  }

  /**
   * The topic of tokens {@code [from, to)} of a text, outside quotes: the stems of its content
   * words (numbers left out), each synonym folded onto its group's head, in text order.
   */
  public static Set<String> topics(AnalyzedText text, int from, int to) {
    return collect(text.tokens(), from, to, true);
  }

  public static Set<String> topics(AnalyzedText text) {
    return topics(text, 0, text.tokens().size());
  }

  private static Set<String> collect(List<Token> tokens, int from, int to, boolean topics) {
    Set<String> stems = new LinkedHashSet<>();
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.quoted() || !(topics ? token.isWord() : isContent(token))) {
        continue;
      }
      if (topics && !isContentWord(token.lower())) {
        continue;
      }
      String stem = stem(token.lower());
      stems.add(topics ? SYNONYMS.getOrDefault(stem, stem) : stem);
    }
    return stems;
  }

  /**
   * A crude stem of a lower-case word: plural, past, gerund, adverb and a few derivational endings
   * removed ("deliveries" and "delivery" → "deliver", "arrived" → "arriv", "paid" → "pay").
   */
  public static String stem(String lower) {
    String known = STEMS.get(lower);
    if (known != null) {
      return known;
    }
    String stem = stemUncached(lower);
    if (lower.length() <= MAX_STEMMED_LENGTH && STEMS.size() < MAX_REMEMBERED_STEMS) {
      STEMS.putIfAbsent(lower, stem);
    }
    return stem;
  }

  static String stemUncached(String lower) {
    String w = lower.replace("'s", "").replace("’s", "");
    String irregular = IRREGULAR.get(w);
    if (irregular != null) {
      return irregular;
    }
    if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
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

  private static Set<String> singleWords(Lexicon lexicon) {
    Set<String> words = new HashSet<>();
    for (LexiconEntry entry : lexicon.entries()) {
      if (entry.tokens().size() == 1) {
        words.add(entry.tokens().get(0));
      }
    }
    return Set.copyOf(words);
  }
}
