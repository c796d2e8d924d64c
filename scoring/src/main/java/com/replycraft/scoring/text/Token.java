package com.replycraft.scoring.text;

/**
 * One token of an analysed text, with its place in the original.
 *
 * @param index position in the text's token list
 * @param lower lower-cased text with curly apostrophes straightened, for matching
 * @param sentence index of the sentence the token belongs to
 * @param negated inside the scope of a negation ("not <u>sorry</u>")
 * @param quoted inside quoted text (a quoted customer phrase is not the writer speaking)
 */
public record Token(
    int index,
    int start,
    int end,
    String text,
    String lower,
    TokenKind kind,
    int sentence,
    boolean negated,
    boolean quoted) {

  public boolean isWord() {
    return kind == TokenKind.WORD;
  }

  /** A word written entirely in capitals, at least two letters long ("NOW", "NOT"). */
  public boolean isAllCaps() {
    if (kind != TokenKind.WORD) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  public boolean isCapitalised() {
    return kind == TokenKind.WORD && !text.isEmpty() && Character.isUpperCase(text.charAt(0));
  }
}
