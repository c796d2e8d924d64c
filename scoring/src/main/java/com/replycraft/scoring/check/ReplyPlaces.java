package com.replycraft.scoring.check;

import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Span;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import java.util.List;
import java.util.Set;

/**
 * Where an inserted sentence belongs in a reply: an acknowledgement right after the greeting, an
 * offer of a call just before the sign-off.
 */
public final class ReplyPlaces {

  private static final Set<String> GREETINGS =
      Set.of(
          "hi",
          "hello",
          "hey",
          "dear",
          "hiya",
          "greetings",
          "g'day",
          "morning",
          "afternoon",
          "evening",
          "good");
  private static final Set<String> SIGN_OFFS =
      Set.of(
          "regards",
          "kind",
          "best",
          "thanks",
          "thank",
          "cheers",
          "sincerely",
          "warm",
          "warmly",
          "warmest",
          "many",
          "all",
          "take",
          "talk",
          "speak",
          "yours",
          "with");
  private static final int MAX_GREETING_TOKENS = 6;
  private static final int MAX_SIGN_OFF_WORDS = 8;

  private ReplyPlaces() {}

  /** The offset just after the greeting ("Hi Sam," / "Dear Ms Lee,"), or 0 when there is none. */
  public static int afterGreeting(AnalyzedText text) {
    List<Token> tokens = text.tokens();
    if (tokens.isEmpty() || !GREETINGS.contains(tokens.get(0).lower())) {
      return 0;
    }
    for (int i = 1; i < Math.min(tokens.size(), MAX_GREETING_TOKENS + 1); i++) {
      Token token = tokens.get(i);
      boolean lineBreak =
          text.text().substring(tokens.get(i - 1).end(), token.start()).contains("\n");
      if (lineBreak) {
        return token.start();
      }
      if (token.kind() == TokenKind.PUNCTUATION
          && (token.text().equals(",") || token.text().equals("!") || token.text().equals("."))) {
        return skipSpace(text.text(), token.end());
      }
    }
    return 0;
  }

  /**
   * Where a closing sentence goes: the start of the sign-off paragraph ("Kind regards, Sam") when
   * there is one, else the end of the text.
   */
  public static int beforeSignOff(AnalyzedText text) {
    List<Span> paragraphs = text.paragraphs();
    for (int p = paragraphs.size() - 1; p >= Math.max(1, paragraphs.size() - 2); p--) {
      Span paragraph = paragraphs.get(p);
      if (isSignOff(text, paragraph)) {
        return paragraph.start();
      }
    }
    return text.text().stripTrailing().length();
  }

  /** True when a paragraph opening with this lower-case word reads as a sign-off ("Kind ..."). */
  public static boolean isSignOffWord(String lower) {
    return SIGN_OFFS.contains(lower);
  }

  /** True when the insertion at {@code offset} starts a paragraph of its own. */
  public static boolean startsParagraph(AnalyzedText text, int offset) {
    for (Span paragraph : text.paragraphs()) {
      if (paragraph.start() == offset) {
        return offset > 0;
      }
    }
    return false;
  }

  private static boolean isSignOff(AnalyzedText text, Span paragraph) {
    int words = 0;
    Token first = null;
    for (Token token : text.tokens()) {
      if (token.start() >= paragraph.start() && token.end() <= paragraph.end() && token.isWord()) {
        if (first == null) {
          first = token;
        }
        words++;
      }
    }
    return first != null
        && words <= MAX_SIGN_OFF_WORDS
        && SIGN_OFFS.contains(first.lower())
        && (words <= 4 || text.slice(paragraph).contains("\n"));
  }

  private static int skipSpace(String text, int offset) {
    int i = offset;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
