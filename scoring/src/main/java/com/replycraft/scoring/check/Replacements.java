package com.replycraft.scoring.check;

import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import java.util.Locale;

/**
 * Small helpers that make a replacement read well where it lands: capitalised at the start of a
 * sentence, and a deletion that takes its trailing comma and space with it.
 */
public final class Replacements {

  private Replacements() {}

  /** True when only whitespace or opening punctuation precedes {@code offset} in its sentence. */
  public static boolean atSentenceStart(AnalyzedText text, int offset) {
    Sentence sentence = text.sentenceAt(offset);
    if (sentence == null) {
      return offset == 0;
    }
    for (int i = sentence.start(); i < offset; i++) {
      char c = text.text().charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The replacement with its first letter upper-cased at a sentence start, lower-cased elsewhere.
   */
  public static String fit(AnalyzedText text, int start, String replacement) {
    if (replacement.isEmpty()) {
      return replacement;
    }
    String first = replacement.substring(0, 1);
    boolean keepCase =
        replacement.length() > 1 && Character.isUpperCase(replacement.charAt(1)) // an acronym
            || replacement.startsWith("I ")
            || replacement.startsWith("I'");
    String head =
        atSentenceStart(text, start)
            ? first.toUpperCase(Locale.ROOT)
            : keepCase ? first : first.toLowerCase(Locale.ROOT);
    return head + replacement.substring(1);
  }

  /**
   * End of a span to delete: extended over a directly following comma and the spaces after it, so
   * "As previously stated, the fee" loses "As previously stated, " and not only its words.
   */
  public static int deletionEnd(String text, int end) {
    int e = end;
    if (e < text.length() && (text.charAt(e) == ',' || text.charAt(e) == ';')) {
      e++;
    }
    while (e < text.length() && text.charAt(e) == ' ') {
      e++;
    }
    return e;
  }

  /** The first letter of what follows a deleted sentence opener, capitalised ("the" -> "The"). */
  public static String capitalised(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }

  /** Where to insert text before the end punctuation of a sentence ("... you." -> before "."). */
  public static int beforeEndPunctuation(AnalyzedText text, Sentence sentence) {
    int end = sentence.end();
    while (end > sentence.start() && ".!?…".indexOf(text.text().charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }
}
