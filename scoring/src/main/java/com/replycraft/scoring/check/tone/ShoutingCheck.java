package com.replycraft.scoring.check.tone;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.Replacements;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.LexiconEntry;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SHOUTING: capitals for whole words or phrases, and runs of "!!", "??" or "?!". A run of two or
 * more capitalised words counts when at least one is not a known acronym ({@code
 * lexicon/acronyms.txt}: NBN, PDF, GST ...); a lone capitalised word counts when it has four or
 * more letters and is no acronym, or is a short emphasis word ("NOT", "NOW", "YOU"). Words with
 * digits (codes, references) and quoted text are left alone. The fix lower-cases the words, or
 * keeps one mark of punctuation.
 */
public final class ShoutingCheck implements Check {

  private static final Set<String> ACRONYMS = words(Lexicon.named("acronyms"));

  private static final Set<String> SHORT_EMPHASIS =
      Set.of(
          "not", "now", "you", "all", "any", "did", "was", "are", "can", "yes", "our", "don't",
          "won't", "can't", "didn't", "isn't", "it's", "the", "and", "why", "how", "who");

  @Override
  public String id() {
    return "SHOUTING";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.SHOUTING);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    List<Token> tokens = reply.tokens();
    List<Finding> findings = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Token token = tokens.get(i);
      if (token.quoted()) {
        i++;
        continue;
      }
      if (isCaps(token) && !inASlot(reply.text(), token)) {
        int end = i + 1;
        int last = i;
        while (end < tokens.size()) {
          Token t = tokens.get(end);
          if (isCaps(t) && t.sentence() == token.sentence() && !t.quoted()) {
            last = end;
            end++;
          } else if (t.kind() == TokenKind.PUNCTUATION
              && (t.text().equals(",") || t.text().equals("'") || t.text().equals("&"))
              && end + 1 < tokens.size()
              && isCaps(tokens.get(end + 1))) {
            end++;
          } else {
            break;
          }
        }
        if (shouts(tokens, i, last) && !(last == i && inAName(reply, tokens, i))) {
          findings.add(capsFinding(reply, tokens.get(i).start(), tokens.get(last).end()));
        }
        i = last + 1;
        continue;
      }
      if (isMark(token)) {
        int last = i;
        while (last + 1 < tokens.size()
            && isMark(tokens.get(last + 1))
            && tokens.get(last + 1).start() == tokens.get(last).end()) {
          last++;
        }
        if (last > i) {
          String run = reply.slice(token.start(), tokens.get(last).end());
          String single = run.contains("?") ? "?" : "!";
          findings.add(
              Finding.of(
                      FindingCode.SHOUTING,
                      Severity.MAJOR,
                      token.start(),
                      tokens.get(last).end(),
                      "\"" + run + "\" reads as raised voice or exasperation in writing.",
                      "Use a single \"" + single + "\".")
                  .withReplacement(single));
        }
        i = last + 1;
        continue;
      }
      i++;
    }
    return findings;
  }

  private static boolean isCaps(Token token) {
    if (!token.isAllCaps()) {
      return false;
    }
    for (int k = 0; k < token.text().length(); k++) {
      if (Character.isDigit(token.text().charAt(k))) {
        return false; // "AB12CD", "REF2291" are codes, not shouting
      }
    }
    // "DD/MM/YYYY", "HH:MM", "NNNNN-E": format masks whose parts are each one repeated letter.
    return !isFormatMask(token.lower());
  }

  private static boolean isFormatMask(String lower) {
    char run = 0;
    for (int k = 0; k < lower.length(); k++) {
      char c = lower.charAt(k);
      if (!Character.isLetter(c)) {
        run = 0;
      } else if (run == 0) {
        run = c;
      } else if (c != run) {
        return false;
      }
    }
    return true;
  }

  /** "ACME Energy", "The ACME Team": a brand written in capitals inside a title-case name. */
  private static boolean inAName(AnalyzedText reply, List<Token> tokens, int i) {
    for (int k : new int[] {i - 1, i + 1}) {
      if (k < 0 || k >= tokens.size()) {
        continue;
      }
      Token t = tokens.get(k);
      boolean sentenceStart = reply.sentences().get(t.sentence()).firstToken() == k;
      if (t.sentence() == tokens.get(i).sentence()
          && t.isCapitalised()
          && !t.isAllCaps()
          && !sentenceStart
          && !t.lower().equals("i")) {
        return true;
      }
    }
    return false;
  }

  /** "[ORDER_NUMBER]", "{{FIRST_NAME}}": a template slot (PLACEHOLDER_LEFT's business). */
  private static boolean inASlot(String text, Token token) {
    char before = token.start() > 0 ? text.charAt(token.start() - 1) : ' ';
    char after = token.end() < text.length() ? text.charAt(token.end()) : ' ';
    return "_{[<%$".indexOf(before) >= 0 || "_}]>%".indexOf(after) >= 0;
  }

  private static boolean isMark(Token token) {
    return token.kind() == TokenKind.PUNCTUATION
        && (token.text().equals("!") || token.text().equals("?"))
        && !token.quoted();
  }

  /** A run of caps words shouts unless every word is an acronym; one word needs more. */
  private static boolean shouts(List<Token> tokens, int first, int last) {
    int words = 0;
    int plain = 0;
    boolean emphatic = false;
    for (int k = first; k <= last; k++) {
      Token t = tokens.get(k);
      if (!t.isWord()) {
        continue;
      }
      words++;
      String lower = t.lower();
      if (!ACRONYMS.contains(lower)) {
        plain++;
        emphatic |= lower.replace("'", "").length() >= 4 || SHORT_EMPHASIS.contains(lower);
      }
    }
    return words >= 2 ? plain >= 1 && (emphatic || plain >= 2) : emphatic;
  }

  private static Finding capsFinding(AnalyzedText reply, int start, int end) {
    String caps = reply.slice(start, end);
    StringBuilder lowered = new StringBuilder();
    int at = start;
    for (Token t : reply.tokens()) {
      if (t.start() < start || t.end() > end) {
        continue;
      }
      lowered.append(reply.text(), at, t.start());
      lowered.append(ACRONYMS.contains(t.lower()) ? t.text() : t.text().toLowerCase(Locale.ROOT));
      at = t.end();
    }
    lowered.append(reply.text(), at, end);
    return Finding.of(
            FindingCode.SHOUTING,
            Severity.MAJOR,
            start,
            end,
            "\"" + caps + "\" in capitals reads as shouting.",
            "Write it in normal case; if something matters, say why in words.")
        .withReplacement(Replacements.fit(reply, start, lowered.toString()));
  }

  private static Set<String> words(Lexicon lexicon) {
    Set<String> words = new HashSet<>();
    for (LexiconEntry entry : lexicon.entries()) {
      words.addAll(entry.tokens());
    }
    return Set.copyOf(words);
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.SHOUTING,
            ScoreRequest.builder()
                .draft("Please DO NOT share your PIN with anyone. We will never ask for it!!")
                .build(),
            ScoreRequest.builder()
                .draft("Please don't share your PIN with anyone. We will never ask for it.")
                .build()));
  }
}
