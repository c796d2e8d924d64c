package com.replycraft.scoring.text;

/**
 * Classic readability of a text: Flesch–Kincaid grade (US school grade, higher = harder) and Flesch
 * reading ease (higher = easier).
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
    return new Readability(words, sentences, syllables, round1(grade), round1(ease));
  }

  private static double round1(double value) {
    return Math.round(value * 10) / 10.0;
  }

  /** English syllables by vowel groups, with the usual silent-e and -le corrections. */
  public static int syllables(String word) {
    String w = word.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "");
    if (w.isEmpty()) {
      return 0;
    }
    if (w.length() <= 3) {
      return 1;
    }
    int count = 0;
    boolean previousVowel = false;
    for (int i = 0; i < w.length(); i++) {
      boolean vowel = "aeiouy".indexOf(w.charAt(i)) >= 0;
      if (vowel && !previousVowel) {
        count++;
      }
      previousVowel = vowel;
    }
    if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && count > 1) {
      count--;
    }
    if ((w.endsWith("ed") || w.endsWith("es"))
        && count > 1
        && !w.endsWith("ted")
        && !w.endsWith("ded")
        && !w.endsWith("ses")
        && !w.endsWith("zes")
        && !w.endsWith("ces")
        && !w.endsWith("ges")) {
      count--;
    }
    return Math.max(1, count);
  }
}
