package com.replycraft.scoring.text;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words lexicons know, each with one shared instance and a small number, so that the hot word
 * lookups of matching are cheap: a lexicon asks "can an entry start with this token?" by testing a
 * bit for the token's number instead of hashing and comparing characters, and the trie's and the
 * checks' {@code Set.of("still", ...)} lookups succeed on the first, identity comparison. Lexicons
 * register their words as they load; the analyser gives every token whose lower-cased form is a
 * known word that very instance (the JVM-interned one, which is also the instance of the same
 * string literal in code). Words not registered keep their own instance and have no number: the
 * table only grows with lexicon data, never with the texts scored.
 *
 * <p>Purely a speed-up: string equality is unchanged, so results never depend on it.
 */
public final class Vocabulary {

  private static final ConcurrentHashMap<String, Word> WORDS = new ConcurrentHashMap<>(4096);
  private static volatile int size;

  private record Word(String text, int id) {}

  private Vocabulary() {}

  /** Registers a word (a lexicon's token) and returns its shared instance. */
  public static String register(String word) {
    Word known = WORDS.get(word);
    if (known != null) {
      return known.text();
    }
    synchronized (WORDS) {
      known = WORDS.get(word);
      if (known == null) {
        String shared = word.intern();
        known = new Word(shared, size);
        WORDS.put(shared, known);
        size = known.id() + 1; // published after the word: id < size() means it can be looked up
      }
      return known.text();
    }
  }

  /**
   * How many words are registered. Numbers are given in order, so every word numbered below a size
   * read earlier was already registered then: a lexicon uses that to tell whether numbers looked up
   * before it loaded can miss its words.
   */
  public static int size() {
    return size;
  }

  /** The shared instance of a registered word, or the word itself. */
  public static String canonical(String word) {
    Word known = WORDS.get(word);
    return known != null ? known.text() : word;
  }

  /**
   * The number of each token of the text (-1: a word no lexicon uses), computed once per text and
   * kept on it; numbered afresh (and not kept) when words numbered {@code needed - 1} or higher
   * were registered after the text was numbered, so a lexicon loaded late still finds its words.
   *
   * @param needed one more than the highest number the caller looks for
   */
  public static int[] tokenIds(AnalyzedText text, int needed) {
    TokenIds known = text.tokenIds;
    if (known == null) {
      known = TokenIds.of(text);
      text.tokenIds = known;
    }
    return known.vocabularySize() >= needed ? known.ids() : TokenIds.of(text).ids();
  }

  /** Token numbers and the vocabulary size read before they were looked up. */
  record TokenIds(int[] ids, int vocabularySize) {
    static TokenIds of(AnalyzedText text) {
      int before = size;
      List<Token> tokens = text.tokens();
      int[] ids = new int[tokens.size()];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = id(tokens.get(i).lower());
      }
      return new TokenIds(ids, before);
    }
  }

  /** The number of a registered word, or -1 for a word no lexicon uses. */
  public static int id(String word) {
    Word known = WORDS.get(word);
    return known != null ? known.id() : -1;
  }
}
