package com.replycraft.scoring.check.clarity;

import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises time expressions a customer can plan around: clock times ("5pm", "9:30 am"), dates
 * ("20/11", "Friday", "21 March"), day words ("today", "tomorrow", "this afternoon"), durations
 * with a number ("within 24 hours", "in two working days", "next business day") and business
 * deadlines ("end of day", "close of business"). Reads the analysed tokens; holds no state.
 *
 * <p>Vague promises ("soon", "shortly") are not concrete; {@link #anyIn} also accepts them for
 * checks that leave those to VAGUE_TIMEFRAME.
 */
public final class TimeCues {

  private static final Lexicon VAGUE = Lexicon.named("vague-timeframe");
  private static final Lexicon PHRASES = Lexicon.named("time-phrases");

  private static final Set<String> DAY_WORDS =
      Set.of(
          "today",
          "tonight",
          "tomorrow",
          "tmrw",
          "tomorrow's",
          "today's",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "mon",
          "tue",
          "tues",
          "wed",
          "thu",
          "thur",
          "thurs",
          "fri",
          "sat",
          "sun",
          "weekend",
          "noon",
          "midday",
          "midnight",
          "eod",
          "cob",
          "eow",
          "overnight",
          "morning",
          "afternoon",
          "evening",
          "tonight's",
          "fortnight",
          "monday's",
          "friday's");

  private static final Set<String> MONTHS =
      Set.of(
          "january",
          "february",
          "march",
          "april",
          "may",
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

  private static final Set<String> UNITS =
      Set.of(
          "minute",
          "minutes",
          "min",
          "mins",
          "hour",
          "hours",
          "hr",
          "hrs",
          "day",
          "days",
          "week",
          "weeks",
          "month",
          "months",
          "business",
          "working",
          "hours'",
          "days'");

  private static final Set<String> NUMBER_WORDS =
      Set.of(
          "a",
          "an",
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
          "twelve",
          "fifteen",
          "twenty",
          "thirty",
          "forty",
          "forty-eight",
          "twenty-four",
          "few",
          "couple",
          "next",
          "this",
          "half",
          "of",
          "24",
          "48",
          "72");

  private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:.]\\d{2}");
  private static final Pattern DATE = Pattern.compile("\\d{1,4}[/-]\\d{1,2}(?:[/-]\\d{2,4})?");

  private static final Set<String> CLOCK_SUFFIXES = Set.of("am", "pm", "a.m", "p.m", "o'clock");

  private TimeCues() {}

  /** True when the text names a concrete time anywhere outside quotes. */
  public static boolean concreteIn(AnalyzedText text) {
    return concreteIn(text, 0, text.tokens().size());
  }

  /** True when the sentence names a concrete time. */
  public static boolean concreteIn(AnalyzedText text, Sentence sentence) {
    return concreteIn(text, sentence.firstToken(), sentence.endToken());
  }

  /** A concrete or a vague time: any sign that the writer said when. */
  public static boolean anyIn(AnalyzedText text) {
    return concreteIn(text) || VAGUE.affirmedIn(text);
  }

  /** Indexes of the sentences that name a concrete time, found in one pass. */
  public static Set<Integer> sentencesWithConcreteTime(AnalyzedText text) {
    Set<Integer> sentences = new HashSet<>();
    List<Token> tokens = text.tokens();
    for (Sentence sentence : text.sentences()) {
      for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
        if (!tokens.get(i).quoted() && isTimeToken(tokens, i, sentence.endToken())) {
          sentences.add(sentence.index());
          break;
        }
      }
    }
    for (var match : PHRASES.find(text)) {
      if (!match.quotedIn(text)) {
        sentences.add(match.sentenceIn(text));
      }
    }
    return sentences;
  }

  private static boolean concreteIn(AnalyzedText text, int from, int to) {
    List<Token> tokens = text.tokens();
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.quoted()) {
        continue;
      }
      if (isTimeToken(tokens, i, to)) {
        return true;
      }
    }
    for (var match : PHRASES.find(text)) {
      if (match.firstToken() >= from && match.endToken() <= to && !match.quotedIn(text)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTimeToken(List<Token> tokens, int i, int to) {
    Token token = tokens.get(i);
    String lower = token.lower();
    if (token.kind() == TokenKind.NUMBER) {
      if (lower.endsWith("am") || lower.endsWith("pm") || lower.endsWith("h")) {
        return true; // "5pm", "10am", "48h"
      }
      if (CLOCK.matcher(lower).matches() || DATE.matcher(lower).matches()) {
        return true; // "9:30", "20/11", "2026-11-20"
      }
      if (i + 1 < to) {
        String next = tokens.get(i + 1).lower();
        if (UNITS.contains(next) || CLOCK_SUFFIXES.contains(next) || MONTHS.contains(next)) {
          return true; // "24 hours", "9 am", "21 March"
        }
      }
      return i > 0 && MONTHS.contains(tokens.get(i - 1).lower()) && !lower.contains(".");
    }
    if (!token.isWord()) {
      return false;
    }
    if (DAY_WORDS.contains(lower)) {
      // "may" is a month only beside a number; the day words need no context.
      return true;
    }
    if (MONTHS.contains(lower) && !lower.equals("may") && !lower.equals("mar")) {
      return !lower.equals("march") || isNumberNear(tokens, i, to);
    }
    if (lower.equals("may") || lower.equals("mar")) {
      return isNumberNear(tokens, i, to);
    }
    if (UNITS.contains(lower) && i > 0 && NUMBER_WORDS.contains(tokens.get(i - 1).lower())) {
      return true; // "two working days", "a few hours", "this week"
    }
    return false;
  }

  private static boolean isNumberNear(List<Token> tokens, int i, int to) {
    return i > 0 && tokens.get(i - 1).kind() == TokenKind.NUMBER
        || i + 1 < to && tokens.get(i + 1).kind() == TokenKind.NUMBER;
  }
}
