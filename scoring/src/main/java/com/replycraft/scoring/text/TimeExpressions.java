package com.replycraft.scoring.text;

import com.replycraft.scoring.lexicon.Lexicon;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one time recogniser, with two readings.
 *
 * <p><b>Concrete</b> ({@link #find}, {@link #inSentence}, {@link #nearSentence}): something a
 * customer can hold the business to. Clock times ("5pm", "17:00", "noon"), dates ("20/11", "3
 * March", "the 22nd"), weekdays ("by Friday"), day words ("today", "tonight", "tomorrow"), day
 * parts ("this afternoon", "end of day", "end of the week", "next week") and durations with a
 * number ("within 24 hours", "in 2 working days", "within an hour"). Not concrete: "soon",
 * "shortly", "a few days", "a couple of days", "now" (the moment of writing, not when the customer
 * will hear back). Used where a stated time excuses a live-chat phrase or sets a response
 * expectation.
 *
 * <p><b>Concrete or approximate</b> ({@link #concreteOrApproximateIn}, {@link
 * #sentencesWithConcreteOrApproximateTime}): everything concrete plus times a customer can still
 * plan around — "a few hours", "a couple of days", "this week", a bare month or "morning", several-
 * word phrases from {@code lexicon/time-phrases.txt} — and quoted text is ignored. Used by the
 * clarity checks (does the reply say when?). {@link #anyTimeIn} also accepts vague promises
 * ("soon", "shortly") for checks that leave those to VAGUE_TIMEFRAME.
 *
 * <p>Reads tokens only; no regex per call beyond precompiled token-shape tests; holds no state.
 */
public final class TimeExpressions {

  private static final Set<String> WEEKDAYS =
      union(CalendarWords.WEEKDAYS, Set.of("mon", "tues", "thurs", "weds", "fri", "weekend"));

  private static final Set<String> DAY_WORDS =
      Set.of(
          "today",
          "tonight",
          "tomorrow",
          "tmrw",
          "tomorrow's",
          "today's",
          "midday",
          "noon",
          "midnight",
          "eod",
          "cob",
          "eob",
          "overnight");

  private static final Set<String> MONTHS = CalendarWords.MONTHS;

  private static final Set<String> UNITS =
      Set.of(
          "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "h", "day", "days",
          "week", "weeks", "wk", "wks", "month", "months");

  private static final Set<String> UNIT_QUALIFIERS =
      Set.of("working", "business", "calendar", "more", "full", "whole");

  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "fifteen",
          "twenty",
          "thirty",
          "forty",
          "forty-eight",
          "twenty-four",
          "seventy-two",
          "48",
          "24");

  private static final Set<String> WINDOW_OPENERS = Set.of("within", "in", "under", "inside");

  private static final Set<String> DAY_PARTS =
      Set.of("morning", "afternoon", "evening", "night", "week", "weekend", "month");

  private static final Set<String> PART_OPENERS = Set.of("this", "next", "tomorrow", "by");

  private static final Pattern CLOCK =
      Pattern.compile("\\d{1,2}(?::\\d{2})?(?:am|pm)|\\d{1,2}:\\d{2}|\\d{1,2}(?:st|nd|rd|th)");

  private static final Pattern DATE = Pattern.compile("\\d{1,4}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?");

  private static final Pattern NUMBER_WITH_UNIT = Pattern.compile("\\d+(?:h|hr|hrs)");

  // The approximate reading: words it accepts beyond the concrete ones.

  private static final Lexicon VAGUE = Lexicon.named("vague-timeframe");
  private static final Lexicon PHRASES = Lexicon.named("time-phrases");

  /** Day words without a number, each enough alone ("Sat", "morning", "a fortnight"). */
  private static final Set<String> APPROXIMATE_DAY_WORDS =
      union(
          WEEKDAYS,
          DAY_WORDS,
          Set.of(
              "tue",
              "wed",
              "thu",
              "thur",
              "sat",
              "sun",
              "eow",
              "morning",
              "afternoon",
              "evening",
              "tonight's",
              "fortnight",
              "monday's",
              "friday's"));

  /** Units, also right after a number ("2 business days", "24 hours' notice"). */
  private static final Set<String> APPROXIMATE_UNITS =
      union(UNITS, Set.of("business", "working", "hours'", "days'"));

  /**
   * Words that make a unit a time: numbers and approximate amounts ("a few hours", "this week").
   */
  private static final Set<String> APPROXIMATE_AMOUNTS =
      union(NUMBER_WORDS, Set.of("a", "an", "few", "couple", "next", "this", "half", "of", "72"));

  private static final Set<String> CLOCK_SUFFIXES = Set.of("am", "pm", "a.m", "p.m", "o'clock");

  private TimeExpressions() {}

  /** Spans of every concrete time expression, in text order (possibly overlapping neighbours). */
  public static List<Span> find(AnalyzedText text) {
    List<Token> tokens = text.tokens();
    List<Span> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      int end = matchAt(tokens, i);
      if (end > i) {
        found.add(new Span(tokens.get(i).start(), tokens.get(end - 1).end()));
        i = end - 1;
      }
    }
    return found;
  }

  /** True when sentence {@code sentenceIndex} holds a concrete time expression. */
  public static boolean inSentence(AnalyzedText text, int sentenceIndex) {
    if (sentenceIndex < 0 || sentenceIndex >= text.sentences().size()) {
      return false;
    }
    Sentence sentence = text.sentences().get(sentenceIndex);
    return tokensHoldTime(text.tokens(), sentence.firstToken(), sentence.endToken(), false);
  }

  /**
   * True when the sentence, or the statement just before or after it, holds a concrete time
   * expression. A neighbouring question ("How else can I help today?") is not counted: it says
   * nothing about when something happens.
   */
  public static boolean nearSentence(AnalyzedText text, int sentenceIndex) {
    return inSentence(text, sentenceIndex)
        || inStatement(text, sentenceIndex - 1)
        || inStatement(text, sentenceIndex + 1);
  }

  private static boolean inStatement(AnalyzedText text, int sentenceIndex) {
    return sentenceIndex >= 0
        && sentenceIndex < text.sentences().size()
        && !text.sentences().get(sentenceIndex).question()
        && inSentence(text, sentenceIndex);
  }

  /** True when the text names a concrete or approximate time anywhere outside quotes. */
  public static boolean concreteOrApproximateIn(AnalyzedText text) {
    return concreteOrApproximateIn(text, 0, text.tokens().size());
  }

  /** True when the sentence names a concrete or approximate time outside quotes. */
  public static boolean concreteOrApproximateIn(AnalyzedText text, Sentence sentence) {
    return concreteOrApproximateIn(text, sentence.firstToken(), sentence.endToken());
  }

  /** A concrete, approximate or vague time: any sign that the writer said when. */
  public static boolean anyTimeIn(AnalyzedText text) {
    return concreteOrApproximateIn(text) || VAGUE.affirmedIn(text);
  }

  /** Indexes of the sentences that name a concrete or approximate time, found in one pass. */
  public static Set<Integer> sentencesWithConcreteOrApproximateTime(AnalyzedText text) {
    Set<Integer> sentences = new HashSet<>();
    List<Token> tokens = text.tokens();
    for (Sentence sentence : text.sentences()) {
      if (tokensHoldTime(tokens, sentence.firstToken(), sentence.endToken(), true)) {
        sentences.add(sentence.index());
      }
    }
    for (var match : PHRASES.find(text)) {
      if (!match.quotedIn(text)) {
        sentences.add(match.sentenceIn(text));
      }
    }
    return sentences;
  }

  private static boolean concreteOrApproximateIn(AnalyzedText text, int from, int to) {
    if (tokensHoldTime(text.tokens(), from, to, true)) {
      return true;
    }
    for (var match : PHRASES.find(text)) {
      if (match.firstToken() >= from && match.endToken() <= to && !match.quotedIn(text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a time expression starts among tokens {@code [from, to)}; the approximate reading
   * also skips quoted tokens.
   */
  private static boolean tokensHoldTime(List<Token> tokens, int from, int to, boolean approximate) {
    for (int i = from; i < to; i++) {
      if (approximate && tokens.get(i).quoted()) {
        continue;
      }
      if (approximate ? isApproximateTime(tokens, i, to) : matchAt(tokens, i) > i) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when token {@code i} is a concrete time or an approximate one (a unit after an amount, a
   * bare month or day part); {@code to} bounds the look-ahead.
   */
  private static boolean isApproximateTime(List<Token> tokens, int i, int to) {
    if (matchAt(tokens, i) > i) {
      return true;
    }
    Token token = tokens.get(i);
    String lower = token.lower();
    if (token.kind() == TokenKind.NUMBER) {
      if (lower.endsWith("am") || lower.endsWith("pm") || lower.endsWith("h")) {
        return true; // "5pm", "10am", "48h"
      }
      if (i + 1 < to) {
        String next = tokens.get(i + 1).lower();
        if (APPROXIMATE_UNITS.contains(next)
            || CLOCK_SUFFIXES.contains(next)
            || MONTHS.contains(next)) {
          return true; // "24 hours", "9 am", "21 March"
        }
      }
      return i > 0 && MONTHS.contains(tokens.get(i - 1).lower()) && !lower.contains(".");
    }
    if (!token.isWord()) {
      return false;
    }
    if (APPROXIMATE_DAY_WORDS.contains(lower)) {
      return true;
    }
    if (lower.equals("may") || lower.equals("mar") || lower.equals("march")) {
      return isNumberNear(tokens, i, to); // "I'll march this up", "you may need"
    }
    if (MONTHS.contains(lower)) {
      return true;
    }
    return APPROXIMATE_UNITS.contains(lower)
        && i > 0
        && APPROXIMATE_AMOUNTS.contains(tokens.get(i - 1).lower()); // "a few hours", "this week"
  }

  private static boolean isNumberNear(List<Token> tokens, int i, int to) {
    return i > 0 && tokens.get(i - 1).kind() == TokenKind.NUMBER
        || i + 1 < to && tokens.get(i + 1).kind() == TokenKind.NUMBER;
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> all = new HashSet<>();
    for (Set<String> set : sets) {
      all.addAll(set);
    }
    return Set.copyOf(all);
  }

  /** The end token (exclusive) of a time expression starting at token {@code i}, or {@code i}. */
  private static int matchAt(List<Token> tokens, int i) {
    Token token = tokens.get(i);
    String lower = token.lower();
    if (token.kind() == TokenKind.NUMBER) {
      if (CLOCK.matcher(lower).matches()
          || DATE.matcher(lower).matches()
          || NUMBER_WITH_UNIT.matcher(lower).matches()) {
        return i + 1;
      }
      int next = skipQualifiers(tokens, i + 1);
      if (next < tokens.size()) {
        String after = tokens.get(next).lower();
        if (UNITS.contains(after) || after.equals("am") || after.equals("pm")) {
          return next + 1;
        }
        if (after.equals("a") || after.equals("p")) {
          // "5 p.m."
          return next + 1;
        }
        if (MONTHS.contains(after)) {
          return next + 1;
        }
        if (after.equals("o'clock")) {
          return next + 1;
        }
      }
      return i;
    }
    if (!token.isWord()) {
      return i;
    }
    if (WEEKDAYS.contains(lower) || DAY_WORDS.contains(lower)) {
      return i + 1;
    }
    if (MONTHS.contains(lower)
        && i + 1 < tokens.size()
        && tokens.get(i + 1).kind() == TokenKind.NUMBER) {
      return i + 2;
    }
    if (WINDOW_OPENERS.contains(lower) && i + 2 < tokens.size()) {
      String amount = tokens.get(i + 1).lower();
      int unit = skipQualifiers(tokens, i + 2);
      if ((amount.equals("a") || amount.equals("an") || NUMBER_WORDS.contains(amount))
          && unit < tokens.size()
          && UNITS.contains(tokens.get(unit).lower())) {
        return unit + 1;
      }
      if (amount.equals("the") && i + 2 < tokens.size()) {
        String what = tokens.get(i + 2).lower();
        if (what.equals("hour") || what.equals("day")) {
          return i + 3; // "within the hour"
        }
      }
    }
    if (NUMBER_WORDS.contains(lower) && i + 1 < tokens.size()) {
      int unit = skipQualifiers(tokens, i + 1);
      if (unit < tokens.size() && UNITS.contains(tokens.get(unit).lower())) {
        return unit + 1;
      }
    }
    if (PART_OPENERS.contains(lower) && i + 1 < tokens.size()) {
      String part = tokens.get(i + 1).lower();
      if (DAY_PARTS.contains(part) && !(lower.equals("by") && !part.equals("morning"))) {
        return i + 2;
      }
      if (lower.equals("next") && WEEKDAYS.contains(part)) {
        return i + 2;
      }
    }
    if (lower.equals("end") && i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("of")) {
      for (int j = i + 2; j < Math.min(tokens.size(), i + 5); j++) {
        String what = tokens.get(j).lower();
        if (what.equals("day")
            || what.equals("week")
            || what.equals("month")
            || what.equals("today")
            || what.equals("tomorrow")
            || what.equals("business")
            || WEEKDAYS.contains(what)) {
          return j + 1;
        }
      }
    }
    return i;
  }

  private static int skipQualifiers(List<Token> tokens, int i) {
    int j = i;
    while (j < tokens.size()
        && (UNIT_QUALIFIERS.contains(tokens.get(j).lower()) || tokens.get(j).lower().equals("-"))) {
      j++;
    }
    return j;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }
}
