package com.replycraft.scoring.text;

/**
 * Classic readability of a text: Flesch–Kincaid grade (US school grade, higher = harder) and Flesch
 * reading ease (higher = easier), from word, sentence and syllable counts.
 *
 * <pre>
 *   grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59   (floored at 0)
 *   ease  = 206.835 − 1.015 × words/sentences − 84.6 × syllables/words (clamped to 0..100)
 * </pre>
 *
 * Both are rounded to one decimal. The formulas run off the ends of their scales for very short or
 * very long texts ("Thanks!" would be grade −3.4, ease 121); the clamps keep the reported figures
 * on the scales people know. Numbers count as words of one syllable.
 */
public record Readability(int words, int sentences, int syllables, double grade, double ease) {

  static Readability of(int words, int sentences, int syllables) {
    if (words == 0) {
      return new Readability(0, sentences, 0, 0, 100);
    }
    double wordsPerSentence = (double) words / Math.max(1, sentences);
    double syllablesPerWord = (double) syllables / words;
    double grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
    double ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
    return new Readability(
        words,
        sentences,
        syllables,
        round1(Math.max(0, grade)),
        round1(Math.max(0, Math.min(100, ease))));
  }

  private static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /**
   * English syllables by vowel groups ({@code y} counts as a vowel), with the usual corrections: a
   * silent final {@code e} ("service" 2, "while" 1, but "table" 2 and "free" 1), a silent {@code
   * -ed}/{@code -es} ending ("processed" 2, but "wanted" 2 and "boxes" 2). Words of up to three
   * letters have one syllable; every word has at least one.
   */
  public static int syllables(String word) {
    char[] w = new char[word.length()];
    int length = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = Character.toLowerCase(word.charAt(i));
      if (c >= 'a' && c <= 'z') {
        w[length++] = c;
      }
    }
    if (length == 0) {
      return 0;
    }
    if (length <= 3) {
      return 1;
    }
    int count = 0;
    boolean previousVowel = false;
    for (int i = 0; i < length; i++) {
      boolean vowel = isVowel(w[i]);
      if (vowel && !previousVowel) {
        count++;
      }
      previousVowel = vowel;
    }
    char last = w[length - 1];
    char beforeLast = w[length - 2];
    boolean syllabicLe = beforeLast == 'l' && !isVowel(w[length - 3]); // "table", not "while"
    if (last == 'e' && !syllabicLe && !isVowel(beforeLast) && count > 1) {
      count--; // silent e: "service", "apologise"
    } else if (last == 'd' && beforeLast == 'e' && count > 1) {
      char stem = w[length - 3];
      if (stem != 't' && stem != 'd' && !isVowel(stem)) {
        count--; // "processed", "signed"; but "wanted", "needed"
      }
    } else if (last == 's' && beforeLast == 'e' && count > 1) {
      char stem = w[length - 3];
      boolean sibilant =
          stem == 's' || stem == 'z' || stem == 'x' || stem == 'c' || stem == 'g' || stem == 'h';
      if (!sibilant && !isVowel(stem)) {
        count--; // "makes", "times"; but "boxes", "pages", "wishes"
      }
    }
    return Math.max(1, count);
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  }
}
