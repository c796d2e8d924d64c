package com.replycraft.scoring.text;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A text analysed once: tokens, sentences, paragraphs, quoted passages, specifics and readability.
 * Checks read from it and never re-tokenise. Immutable and safe to share between threads.
 */
public final class AnalyzedText {

  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final List<Span> paragraphs;
  private final List<Span> quoted;
  private final List<Span> specifics;
  private final Readability readability;
  private final List<Token> words;
  private final Memo memo = new Memo();

  /** Set once by {@link Vocabulary#tokenIds} (a benign race: any thread computes the same). */
  volatile Vocabulary.@Nullable TokenIds tokenIds;

  AnalyzedText(
      String text,
      List<Token> tokens,
      List<Sentence> sentences,
      List<Span> paragraphs,
      List<Span> quoted,
      List<Span> specifics,
      Readability readability) {
    this.text = text;
    this.tokens = List.copyOf(tokens);
    this.sentences = List.copyOf(sentences);
    this.paragraphs = List.copyOf(paragraphs);
    this.quoted = List.copyOf(quoted);
    this.specifics = List.copyOf(specifics);
    this.readability = readability;
    List<Token> wordTokens = new ArrayList<>(this.tokens.size());
    for (Token token : this.tokens) {
      if (token.isWord() || token.kind() == TokenKind.NUMBER) {
        wordTokens.add(token);
      }
    }
    this.words = List.copyOf(wordTokens);
  }

  public String text() {
    return text;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<Sentence> sentences() {
    return sentences;
  }

  /** Blocks of text separated by blank lines or list items. */
  public List<Span> paragraphs() {
    return paragraphs;
  }

  /** Passages in quotation marks or quoted email lines ({@code > ...}). */
  public List<Span> quoted() {
    return quoted;
  }

  /**
   * Concrete details a reply can echo to show it was written for this customer: names of people and
   * products, numbers, dates, order and reference numbers.
   */
  public List<Span> specifics() {
    return specifics;
  }

  public Readability readability() {
    return readability;
  }

  public boolean isBlank() {
    return text.isBlank();
  }

  public String slice(int start, int end) {
    return text.substring(start, end);
  }

  public String slice(Span span) {
    return slice(span.start(), span.end());
  }

  public String sentenceText(Sentence sentence) {
    return text.substring(sentence.start(), sentence.end()).strip();
  }

  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** The word and number tokens, in order (computed once). */
  public List<Token> words() {
    return words;
  }

  /**
   * Results derived from this text and remembered for its life (e.g. each lexicon's matches), so
   * that checks asking the same question of the same text pay once. See {@link Memo}.
   */
  public Memo memo() {
    return memo;
  }

  public @Nullable Sentence sentenceAt(int offset) {
    for (Sentence sentence : sentences) {
      if (offset >= sentence.start() && offset < sentence.end()) {
        return sentence;
      }
    }
    return null;
  }

  public boolean isQuoted(int start, int end) {
    for (Span span : quoted) {
      if (span.covers(start, end)) {
        return true;
      }
    }
    return false;
  }

  /** Position of an offset in the text, 0.0 at the start and 1.0 at the end. */
  public double relativePosition(int offset) {
    return text.isEmpty() ? 0 : (double) offset / text.length();
  }
}
