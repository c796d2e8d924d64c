package com.replycraft.scoring.lexicon;

import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Token;

/**
 * Where a lexicon entry occurs in an analysed text.
 *
 * @param firstToken index of the first matched token
 * @param endToken index after the last matched token
 */
public record PhraseMatch(LexiconEntry entry, int firstToken, int endToken, int start, int end) {

  /** True when any matched word lies in a negation scope ("not <u>sorry</u>"). */
  public boolean negatedIn(AnalyzedText text) {
    for (int i = firstToken; i < endToken; i++) {
      if (text.tokens().get(i).negated()) {
        return true;
      }
    }
    return false;
  }

  /** True when the phrase sits inside quoted text, so the writer is not the one saying it. */
  public boolean quotedIn(AnalyzedText text) {
    return text.tokens().get(firstToken).quoted();
  }

  public int sentenceIn(AnalyzedText text) {
    Token first = text.tokens().get(firstToken);
    return first.sentence();
  }
}
