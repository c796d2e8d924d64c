package com.replycraft.scoring.text;

import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.LexiconEntry;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Content words for overlap between two texts ("did the reply pick up what the customer said?"):
 * drops function words ({@code lexicon/stopwords.txt}) and reduces each word to a light stem, so
 * "charged", "charges" and "charging" meet at "charg". Numbers are kept as written. A deliberately
 * small stemmer (plural, -ed, -ing, final -e): enough for overlap, not a linguistic analysis.
 */
public final class ContentWords {

  private static final Set<String> STOPWORDS = singleWords(Lexicon.named("stopwords"));

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
    return token.isWord() && token.lower().length() > 1 && !STOPWORDS.contains(token.lower());
  }

  /** The stems of the content words among {@code tokens}, skipping quoted ones, in text order. */
  public static Set<String> stems(List<Token> tokens) {
    Set<String> stems = new LinkedHashSet<>();
    for (Token token : tokens) {
      if (!token.quoted() && isContent(token)) {
        stems.add(stem(token.lower()));
      }
    }
    return stems;
  }

  public static Set<String> stems(AnalyzedText text) {
    return stems(text.tokens());
  }

  /** A light English stem of a lower-case word: "deliveries" → "delivery", "arrived" → "arriv". */
  public static String stem(String lower) {
    String w = lower;
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.length() <= 3 || !Character.isLetter(w.charAt(w.length() - 1))) {
      return w;
    }
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses")
        || w.endsWith("xes")
        || w.endsWith("ches")
        || w.endsWith("shes")
        || w.endsWith("zes")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ing") && w.length() > 5) {
      w = undouble(w.substring(0, w.length() - 3));
    } else if (w.endsWith("ied") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("ed") && !w.endsWith("eed") && w.length() > 4) {
      w = undouble(w.substring(0, w.length() - 2));
    }
    if (w.endsWith("e") && w.length() > 3 && !w.endsWith("ee")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
      return w.substring(0, n - 1);
    }
    return w;
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
