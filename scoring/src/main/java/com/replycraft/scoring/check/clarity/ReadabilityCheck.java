package com.replycraft.scoring.check.clarity;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.Replacements;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Readability;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import com.replycraft.scoring.thread.ChannelProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HARD_TO_READ and LONG_SENTENCE, against the channel's limits ({@link ChannelProfile}).
 *
 * <ul>
 *   <li>HARD_TO_READ: the reply's Flesch–Kincaid grade is more than {@link #GRADE_TOLERANCE} above
 *       {@code maxReadingGrade}, judged only for replies of at least {@value #MIN_WORDS} words (a
 *       short text's grade swings on one long word). The span is the hardest sentence; the
 *       suggestion names its longest words.
 *   <li>LONG_SENTENCE: a sentence with more words than {@code longSentenceWords}; MINOR up to half
 *       as long again, MAJOR beyond. Where the sentence has a natural seam (", and", ", but", ";")
 *       near its middle, the replacement splits it there.
 * </ul>
 */
public final class ReadabilityCheck implements Check {

  static final int MIN_WORDS = 30;

  /**
   * Flesch–Kincaid swings about a grade on a reply of a few sentences (one "international" or
   * "Australia" moves it), so a reply is hard to read only a full grade above the channel's limit.
   */
  static final double GRADE_TOLERANCE = 1.0;

  private static final Pattern LINK =
      Pattern.compile(
          "(?:https?://|www\\.)\\S+|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|\\b[\\w-]+(?:\\.[\\w-]+)+/\\S*");

  private static final Set<String> SEAM_CONJUNCTIONS = Set.of("and", "but", "so", "because");

  @Override
  public String id() {
    return "READABILITY";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.HARD_TO_READ, FindingCode.LONG_SENTENCE);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    ChannelProfile profile = context.profile();
    List<Finding> findings = new ArrayList<>();
    Readability readability = reply.readability();
    if (readability.words() >= MIN_WORDS
        && readability.grade() > profile.maxReadingGrade() + GRADE_TOLERANCE) {
      findings.add(hardToRead(reply, readability, profile));
    }
    int limit = profile.longSentenceWords();
    for (Sentence sentence : reply.sentences()) {
      if (sentence.words() <= limit || reply.isQuoted(sentence.start(), sentence.end())) {
        continue;
      }
      int words = wordsWithoutLinks(reply, sentence);
      if (words <= limit) {
        continue;
      }
      Severity severity = words > limit * 1.5 ? Severity.MAJOR : Severity.MINOR;
      Finding finding =
          Finding.of(
              FindingCode.LONG_SENTENCE,
              severity,
              sentence.start(),
              sentence.end(),
              "This sentence runs "
                  + words
                  + " words; on this channel keep sentences under "
                  + limit
                  + ".",
              "Split it into two or three sentences, one idea each.");
      String split = split(reply, sentence);
      findings.add(split == null ? finding : finding.withReplacement(split));
    }
    return findings;
  }

  /** Words of a sentence, a link or an email address counting as one word, not as its parts. */
  private static int wordsWithoutLinks(AnalyzedText reply, Sentence sentence) {
    String text = reply.text().substring(sentence.start(), sentence.end());
    if (text.indexOf('/') < 0 && text.indexOf('@') < 0 && !text.contains("www.")) {
      return sentence.words();
    }
    int words = sentence.words();
    Matcher link = LINK.matcher(text);
    while (link.find()) {
      words += 1;
      for (Token token : reply.tokensOf(sentence)) {
        int start = token.start() - sentence.start();
        if (start >= link.start()
            && token.end() - sentence.start() <= link.end()
            && (token.isWord() || token.kind() == TokenKind.NUMBER)) {
          words--;
        }
      }
    }
    return words;
  }

  private static Finding hardToRead(
      AnalyzedText reply, Readability readability, ChannelProfile profile) {
    Sentence hardest =
        reply.sentences().stream()
            .filter(s -> s.words() >= 4)
            .max(Comparator.comparingDouble(s -> grade(reply, s)))
            .orElse(null);
    int start = hardest == null ? 0 : hardest.start();
    int end = hardest == null ? reply.text().length() : hardest.end();
    List<String> longWords = longestWords(reply, hardest);
    String suggestion =
        "Use shorter sentences and plainer words"
            + (longWords.isEmpty()
                ? "."
                : " (for example instead of \"" + String.join("\", \"", longWords) + "\").");
    return Finding.of(
        FindingCode.HARD_TO_READ,
        Severity.MAJOR,
        start,
        end,
        String.format(
            Locale.ROOT,
            "The reply reads at school grade %.1f; this channel suits grade %.0f or below.",
            readability.grade(),
            profile.maxReadingGrade()),
        suggestion);
  }

  private static double grade(AnalyzedText reply, Sentence sentence) {
    int syllables = 0;
    int words = 0;
    for (Token token : reply.tokensOf(sentence)) {
      if (token.isWord()) {
        words++;
        syllables += Readability.syllables(token.text());
      } else if (token.kind() == TokenKind.NUMBER) {
        words++;
        syllables++;
      }
    }
    return words == 0 ? 0 : 0.39 * words + 11.8 * syllables / words - 15.59;
  }

  private static List<String> longestWords(AnalyzedText reply, Sentence sentence) {
    if (sentence == null) {
      return List.of();
    }
    return reply.tokensOf(sentence).stream()
        .filter(Token::isWord)
        .filter(t -> Readability.syllables(t.text()) >= 4)
        .map(Token::text)
        .distinct()
        .limit(3)
        .toList();
  }

  /** The sentence split at its seam nearest the middle, or null when it has none. */
  private static String split(AnalyzedText reply, Sentence sentence) {
    List<Token> tokens = reply.tokensOf(sentence);
    int words = 0;
    int bestToken = -1;
    double bestDistance = Double.MAX_VALUE;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.isWord() || t.kind() == TokenKind.NUMBER) {
        words++;
      }
      boolean seam =
          t.text().equals(";")
              || t.text().equals(",")
                  && k + 1 < tokens.size()
                  && SEAM_CONJUNCTIONS.contains(tokens.get(k + 1).lower());
      double position = (double) words / sentence.words();
      if (seam && position > 0.25 && position < 0.75 && !t.quoted()) {
        double distance = Math.abs(position - 0.5);
        if (distance < bestDistance) {
          bestDistance = distance;
          bestToken = k;
        }
      }
    }
    if (bestToken < 0) {
      return null;
    }
    Token seam = tokens.get(bestToken);
    int restStart = bestToken + 1;
    if (!seam.text().equals(";") && tokens.get(restStart).lower().equals("and")) {
      restStart++; // ", and the refund" -> ". The refund"
    }
    if (restStart >= tokens.size()) {
      return null;
    }
    Token rest = tokens.get(restStart);
    String text = reply.text();
    return text.substring(sentence.start(), seam.start())
        + ". "
        + Replacements.capitalised(rest.text())
        + text.substring(rest.end(), sentence.end());
  }

  @Override
  public List<CheckExample> examples() {
    String hard =
        "Notwithstanding the aforementioned considerations, reimbursement eligibility"
            + " determinations necessitate comprehensive documentation verification procedures,"
            + " consequently additional processing intervals are anticipated regarding your"
            + " outstanding reimbursement application. Kindly acknowledge receipt of this"
            + " correspondence, facilitating expeditious finalisation of the aforementioned"
            + " administrative evaluation.";
    String plain =
        "Thanks for sending the receipts. We need to check them before we can pay you back."
            + " That takes about two days. I will email you on Friday with the result, and the"
            + " money will reach your bank the same day.";
    String longSentence =
        "I have looked at your account and I can see that the payment went through on Monday but"
            + " the booking was not confirmed because the system timed out and so I have now"
            + " confirmed it by hand and sent the ticket to your email.";
    String shortSentences =
        "Your payment went through on Monday. The booking was not confirmed because the system"
            + " timed out. I have now confirmed it by hand. Your ticket is in your email.";
    return List.of(
        new CheckExample(
            FindingCode.HARD_TO_READ,
            ScoreRequest.builder().draft(hard).build(),
            ScoreRequest.builder().draft(plain).build()),
        new CheckExample(
            FindingCode.LONG_SENTENCE,
            ScoreRequest.builder().draft(longSentence).build(),
            ScoreRequest.builder().draft(shortSentences).build()));
  }
}
