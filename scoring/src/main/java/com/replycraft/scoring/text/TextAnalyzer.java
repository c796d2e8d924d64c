package com.replycraft.scoring.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Analyses a text once, in a fixed chain of steps: sentences (ICU4J's rule-based sentence iterator,
 * which keeps "a.m.", "Jan." and "e.g." inside their sentences), tokens, quoted passages, negation
 * scopes, questions, paragraphs, specifics and readability. Each step reads only what the steps
 * before it produced. Thread-safe: it holds no mutable state.
 */
public final class TextAnalyzer {

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<emoji>[:;]-?[)(DPp]|<3|[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}][\\x{FE0F}\\x{200D}]*)"
              + "|(?<number>\\p{N}+(?:[.,:/-]\\p{N}+)*(?:st|nd|rd|th|am|pm|h|k|m)?\\b)"
              + "|(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{N}]+)*)"
              + "|(?<punct>\\p{P})"
              + "|(?<symbol>\\S)");

  private static final Set<String> NEGATORS =
      Set.of(
          "not", "no", "never", "cannot", "without", "nothing", "nobody", "none", "neither", "nor",
          "hardly", "barely", "nowhere");

  private static final Set<String> SCOPE_ENDERS =
      Set.of("but", "however", "although", "though", "yet", "except", "because", "so");

  private static final int MAX_NEGATION_SCOPE = 5;

  private static final Set<String> QUESTION_OPENERS =
      Set.of(
          "what", "when", "where", "why", "how", "who", "whom", "whose", "which", "can", "could",
          "will", "would", "is", "are", "am", "was", "were", "do", "does", "did", "should", "shall",
          "may", "might", "have", "has", "isn't", "aren't", "won't", "can't", "don't", "doesn't",
          "didn't", "wasn't");

  private static final List<String> INDIRECT_QUESTIONS =
      List.of(
          "i'd like to know",
          "i would like to know",
          "i want to know",
          "i need to know",
          "i wonder",
          "i'm wondering",
          "i was wondering",
          "wondering if",
          "wondering whether",
          "please advise",
          "please explain",
          "please tell me",
          "please confirm",
          "can you tell me",
          "let me know if",
          "let me know when",
          "any update",
          "any news");

  private static final Pattern QUOTE_PAIR = Pattern.compile("\"[^\"\\n]{1,400}\"|“[^”\\n]{1,400}”");
  private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^[ \\t]*>.*$");
  private static final Pattern PARAGRAPH_BREAK =
      Pattern.compile("\\n[ \\t]*\\n|\\n(?=[ \\t]*(?:[-*•]|\\d+[.)])\\s)");
  private static final Pattern IDENTIFIER =
      Pattern.compile("\\b(?=[A-Z0-9-]*\\d)[A-Z0-9][A-Z0-9-]{3,}\\b|#\\s?\\d{3,}");
  private static final Set<String> CALENDAR_WORDS =
      Set.of(
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december",
          "jan",
          "feb",
          "mar",
          "apr",
          "jun",
          "jul",
          "aug",
          "sep",
          "sept",
          "oct",
          "nov",
          "dec");

  public AnalyzedText analyze(String text) {
    List<int[]> sentenceBounds = sentenceBounds(text);
    List<Span> quoted = quotedSpans(text);
    List<RawToken> raw = rawTokens(text, sentenceBounds, quoted);
    markNegation(raw);
    List<Token> tokens = new ArrayList<>(raw.size());
    for (RawToken t : raw) {
      tokens.add(
          new Token(
              t.index, t.start, t.end, t.text, t.lower, t.kind, t.sentence, t.negated, t.quoted));
    }
    List<Sentence> sentences = sentences(text, sentenceBounds, tokens);
    int syllables = 0;
    int words = 0;
    for (Token token : tokens) {
      if (token.isWord() || token.kind() == TokenKind.NUMBER) {
        words++;
        syllables += token.isWord() ? Readability.syllables(token.text()) : 1;
      }
    }
    int countedSentences = 0;
    for (Sentence sentence : sentences) {
      if (sentence.words() > 0) {
        countedSentences++;
      }
    }
    return new AnalyzedText(
        text,
        tokens,
        sentences,
        paragraphs(text),
        quoted,
        specifics(text, tokens, sentences),
        Readability.of(words, countedSentences, syllables));
  }

  private static List<int[]> sentenceBounds(String text) {
    BreakIterator iterator = BreakIterator.getSentenceInstance(ULocale.ENGLISH);
    iterator.setText(text);
    List<int[]> bounds = new ArrayList<>();
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        bounds.add(new int[] {s, e});
      }
    }
    return bounds;
  }

  private static List<Span> quotedSpans(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher pair = QUOTE_PAIR.matcher(text);
    while (pair.find()) {
      spans.add(new Span(pair.start(), pair.end()));
    }
    Matcher line = QUOTED_LINE.matcher(text);
    while (line.find()) {
      spans.add(new Span(line.start(), line.end()));
    }
    return spans;
  }

  private static List<RawToken> rawTokens(
      String text, List<int[]> sentenceBounds, List<Span> quoted) {
    List<RawToken> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int sentence = 0;
    while (m.find()) {
      while (sentence < sentenceBounds.size() - 1 && m.start() >= sentenceBounds.get(sentence)[1]) {
        sentence++;
      }
      TokenKind kind =
          m.group("emoji") != null
              ? TokenKind.EMOJI
              : m.group("number") != null
                  ? TokenKind.NUMBER
                  : m.group("word") != null
                      ? TokenKind.WORD
                      : m.group("punct") != null ? TokenKind.PUNCTUATION : TokenKind.SYMBOL;
      String tokenText = m.group();
      boolean inQuote = false;
      for (Span span : quoted) {
        if (span.covers(m.start(), m.end())) {
          inQuote = true;
          break;
        }
      }
      tokens.add(
          new RawToken(
              tokens.size(),
              m.start(),
              m.end(),
              tokenText,
              tokenText.toLowerCase(Locale.ROOT).replace('’', '\''),
              kind,
              sentence,
              inQuote));
    }
    return tokens;
  }

  /**
   * A negator ("not", "never", "can't") negates the next few words up to punctuation or a
   * contrasting conjunction, so "not sorry" is no apology but "I can't help but apologise" is.
   */
  private static void markNegation(List<RawToken> tokens) {
    int remaining = 0;
    for (RawToken token : tokens) {
      if (token.kind == TokenKind.PUNCTUATION && !token.lower.equals("-")) {
        remaining = 0;
        continue;
      }
      if (SCOPE_ENDERS.contains(token.lower)) {
        remaining = 0;
        continue;
      }
      if (isNegator(token.lower)) {
        remaining = MAX_NEGATION_SCOPE;
        continue;
      }
      if (remaining > 0 && token.kind == TokenKind.WORD) {
        token.negated = true;
        remaining--;
      }
    }
  }

  static boolean isNegator(String lower) {
    return NEGATORS.contains(lower) || lower.endsWith("n't");
  }

  private static List<Sentence> sentences(String text, List<int[]> bounds, List<Token> tokens) {
    List<Sentence> sentences = new ArrayList<>(bounds.size());
    int tokenIndex = 0;
    for (int i = 0; i < bounds.size(); i++) {
      int first = tokenIndex;
      int words = 0;
      while (tokenIndex < tokens.size() && tokens.get(tokenIndex).sentence() == i) {
        TokenKind kind = tokens.get(tokenIndex).kind();
        if (kind == TokenKind.WORD || kind == TokenKind.NUMBER) {
          words++;
        }
        tokenIndex++;
      }
      List<Token> own = tokens.subList(first, tokenIndex);
      String sentenceText = text.substring(bounds.get(i)[0], bounds.get(i)[1]);
      sentences.add(
          new Sentence(
              i,
              bounds.get(i)[0],
              bounds.get(i)[1],
              first,
              tokenIndex,
              words,
              isQuestion(sentenceText, own)));
    }
    return sentences;
  }

  private static boolean isQuestion(String sentenceText, List<Token> tokens) {
    if (sentenceText.contains("?")) {
      return true;
    }
    String lower = sentenceText.toLowerCase(Locale.ROOT).replace('’', '\'');
    for (String phrase : INDIRECT_QUESTIONS) {
      if (lower.contains(phrase)) {
        return true;
      }
    }
    for (Token token : tokens) {
      if (token.isWord()) {
        boolean opener = QUESTION_OPENERS.contains(token.lower());
        // "How can I get a refund." asks even without a question mark; "What a mess." does not.
        return opener && !sentenceText.endsWith("!") && tokens.size() > 3 && !isExclamative(lower);
      }
    }
    return false;
  }

  private static boolean isExclamative(String lower) {
    return lower.startsWith("what a ")
        || lower.startsWith("how nice")
        || lower.startsWith("how kind");
  }

  private static List<Span> paragraphs(String text) {
    List<Span> paragraphs = new ArrayList<>();
    Matcher m = PARAGRAPH_BREAK.matcher(text);
    int start = 0;
    while (m.find()) {
      addTrimmed(text, start, m.start(), paragraphs);
      start = m.end();
    }
    addTrimmed(text, start, text.length(), paragraphs);
    return paragraphs;
  }

  private static void addTrimmed(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  private static List<Span> specifics(String text, List<Token> tokens, List<Sentence> sentences) {
    List<Span> specifics = new ArrayList<>();
    Matcher id = IDENTIFIER.matcher(text);
    while (id.find()) {
      specifics.add(new Span(id.start(), id.end()));
    }
    for (Token token : tokens) {
      boolean sentenceStart = sentences.get(token.sentence()).firstToken() == token.index();
      if (token.kind() == TokenKind.NUMBER) {
        specifics.add(new Span(token.start(), token.end()));
      } else if (CALENDAR_WORDS.contains(token.lower())) {
        specifics.add(new Span(token.start(), token.end()));
      } else if (token.isCapitalised()
          && !sentenceStart
          && !token.isAllCaps()
          && !token.lower().equals("i")
          && !token.lower().startsWith("i'")) {
        specifics.add(new Span(token.start(), token.end()));
      }
    }
    specifics.sort(java.util.Comparator.comparingInt(Span::start));
    return specifics;
  }

  private static final class RawToken {
    final int index;
    final int start;
    final int end;
    final String text;
    final String lower;
    final TokenKind kind;
    final int sentence;
    final boolean quoted;
    boolean negated;

    RawToken(
        int index,
        int start,
        int end,
        String text,
        String lower,
        TokenKind kind,
        int sentence,
        boolean quoted) {
      this.index = index;
      this.start = start;
      this.end = end;
      this.text = text;
      this.lower = lower;
      this.kind = kind;
      this.sentence = sentence;
      this.quoted = quoted;
    }
  }
}
