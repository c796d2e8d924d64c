package com.replycraft.scoring.text;

/**
 * One sentence of an analysed text.
 *
 * @param firstToken index of its first token
 * @param endToken index after its last token
 * @param question whether it asks something, with or without a question mark
 */
public record Sentence(
    int index, int start, int end, int firstToken, int endToken, int words, boolean question) {

  public Span span() {
    return new Span(start, end);
  }
}
