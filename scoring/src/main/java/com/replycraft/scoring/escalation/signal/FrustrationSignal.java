package com.replycraft.scoring.escalation.signal;

import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.check.ThreadView;
import com.replycraft.scoring.escalation.ReasonCode;
import com.replycraft.scoring.escalation.signal.CueLexicon.Cue;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * CUSTOMER_FRUSTRATED: an annoyed or angry customer. Each customer message scores the sum of its
 * cues and fires at 1:
 *
 * <ul>
 *   <li>anger words, judgements of the service, profanity, rhetorical questions ("are you joking?")
 *       and sarcasm that needs no context ("thanks for nothing"), weighted in {@code
 *       escalation/frustration.txt};
 *   <li>sarcastic praise ("brilliant service, really", "great job, guys") from {@code
 *       escalation/sarcasm-praise.txt}, counted only beside a complaint in the same or the previous
 *       customer message ({@code escalation/complaint-context.txt}) or when "really"/"not" or a run
 *       of punctuation follows it;
 *   <li>an intensifier before a negative word ("absolutely terrible", "so slow");
 *   <li>shouting in capitals (0.6 for two capitalised words, 1 for three), runs of "!!" or "?!"
 *       (0.5) — unless the message is otherwise calm and pleased ("THANK YOU!!!") — and angry emoji
 *       (1);
 *   <li>escalating tone: a message angrier than the customer's previous, already negative, message
 *       gains 0.3.
 * </ul>
 *
 * Negated cues ("I'm not angry, just asking") and quoted words do not count.
 */
public final class FrustrationSignal implements Signal {

  private static final CueLexicon ANGER = CueLexicon.named("escalation/frustration");
  private static final CueLexicon PRAISE = CueLexicon.named("escalation/sarcasm-praise");
  private static final CueLexicon COMPLAINT = CueLexicon.named("escalation/complaint-context");
  private static final CueLexicon INTENSIFIERS = CueLexicon.named("escalation/intensifiers");
  private static final CueLexicon NEGATIVE = CueLexicon.named("escalation/negative-words");
  private static final CueLexicon GRATITUDE = CueLexicon.named("escalation/gratitude");

  private static final Set<String> ANGRY_EMOJI =
      Set.of("😡", "🤬", "😠", "😤", "🙄", "🖕", "😒", "💢");
  private static final Set<String> SARCASM_MARKERS = Set.of("really", "not", "/s", "lol", "sure");
  private static final Set<String> EMPHATIC_CAPS =
      Set.of(
          "NOT", "NEVER", "STILL", "AGAIN", "NOW", "NOTHING", "WHY", "STOP", "EVER", "ANYONE",
          "WORST", "NO", "TWICE", "HOURS", "DAYS", "WEEKS", "MONTHS", "ALWAYS", "EVERY", "YOUR",
          "YOU", "HOW", "WHAT", "WHERE", "ANY", "SINGLE", "ONCE", "ALREADY");

  static final double FIRES_AT = 1.0;
  private static final double ESCALATION_BONUS = 0.3;

  @Override
  public ReasonCode code() {
    return ReasonCode.CUSTOMER_FRUSTRATED;
  }

  private static final Object MEMO_KEY = new Object();

  /**
   * Over every customer message of the view; computed once per view (the advisor and {@code
   * CustomerMood.of} both ask).
   */
  @Override
  public Optional<SignalHit> detect(ThreadView thread) {
    return thread.memo().get(MEMO_KEY, () -> detect(thread.customerMessages()));
  }

  /** The strongest frustrated message among these customer messages, if any reaches the bar. */
  public Optional<SignalHit> detect(List<AnalyzedMessage> customerMessages) {
    Score best = null;
    AnalyzedMessage bestMessage = null;
    double previousTotal = 0;
    for (int i = 0; i < customerMessages.size(); i++) {
      AnalyzedMessage message = customerMessages.get(i);
      AnalyzedMessage previous = MessageCues.previous(customerMessages, i);
      Score score = score(message.text(), previous == null ? null : previous.text());
      double total = score.total;
      if (previousTotal >= 0.3 && total >= 0.5 && total > previousTotal) {
        total += ESCALATION_BONUS;
      }
      previousTotal = score.total;
      if (total >= FIRES_AT && score.start >= 0 && (best == null || total >= best.total)) {
        best = new Score(total, score.start, score.end);
        bestMessage = message;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    return Optional.of(
        new SignalHit(
            MessageCues.evidence(code(), bestMessage, best.start, best.end),
            MessageCues.strength(best.total),
            bestMessage.text().slice(best.start, best.end),
            "frustration"));
  }

  /** How frustrated one message sounds (1 or more: frustrated), and the span of its loudest cue. */
  static Score score(AnalyzedText text, @Nullable AnalyzedText previous) {
    Score score = new Score(0, -1, -1);
    for (Cue cue : ANGER.find(text)) {
      score.add(cue.weight(), cue.start(), cue.end());
    }
    List<Cue> praise = PRAISE.find(text);
    if (!praise.isEmpty()) {
      boolean complaint =
          !COMPLAINT.find(text).isEmpty()
              || (previous != null && !COMPLAINT.find(previous).isEmpty());
      for (Cue cue : praise) {
        if (followedBySarcasmMarker(text, cue.endToken())) {
          score.add(1, cue.start(), cue.end());
        } else if (complaint) {
          score.add(cue.weight(), cue.start(), cue.end());
        }
      }
    }
    addIntensifiedNegatives(text, score);
    // Capitals and "!!!" only sound angry when the message is not a delighted one ("THANK YOU!!!").
    if (score.total > 0 || GRATITUDE.score(text) < 1) {
      addCapitals(text, score);
      addPunctuationRuns(text, score);
    }
    for (Token token : text.tokens()) {
      if (token.kind() == TokenKind.EMOJI && !token.quoted() && isAngryEmoji(token.text())) {
        score.add(1, token.start(), token.end());
      }
    }
    return score;
  }

  private static boolean isAngryEmoji(String emoji) {
    for (String angry : ANGRY_EMOJI) {
      if (emoji.startsWith(angry)) {
        return true;
      }
    }
    return false;
  }

  private static boolean followedBySarcasmMarker(AnalyzedText text, int fromToken) {
    List<Token> tokens = text.tokens();
    int seenPunctuation = 0;
    for (int i = fromToken; i < Math.min(tokens.size(), fromToken + 3); i++) {
      Token token = tokens.get(i);
      if (token.kind() == TokenKind.PUNCTUATION) {
        if (token.lower().equals(".") || token.lower().equals("!") || token.lower().equals("?")) {
          seenPunctuation++;
          if (seenPunctuation >= 2) {
            return true;
          }
        }
        continue;
      }
      if (token.isWord() && SARCASM_MARKERS.contains(token.lower())) {
        return true;
      }
      if (token.kind() == TokenKind.EMOJI && token.text().startsWith("🙄")) {
        return true;
      }
    }
    return false;
  }

  private static void addIntensifiedNegatives(AnalyzedText text, Score score) {
    List<Cue> intensifiers = INTENSIFIERS.find(text);
    for (Cue negative : NEGATIVE.find(text)) {
      boolean intensified = false;
      for (Cue intensifier : intensifiers) {
        int gap = negative.firstToken() - intensifier.endToken();
        if (gap >= 0 && gap <= 1) {
          intensified = true;
          break;
        }
      }
      // Words weighing 0.5 or more are also anger words, already counted: only the boost is added.
      boolean counted = negative.weight() >= 0.5;
      if (intensified) {
        score.add(
            counted ? Math.max(0.3, 1 - negative.weight()) : 1, negative.start(), negative.end());
      } else if (!counted) {
        score.add(negative.weight(), negative.start(), negative.end());
      }
    }
  }

  private static void addCapitals(AnalyzedText text, Score score) {
    int shouted = 0;
    int letters = 0;
    int first = -1;
    int last = -1;
    for (Token token : text.tokens()) {
      if (!token.isWord() || token.quoted()) {
        continue;
      }
      letters++;
      boolean loud =
          token.isAllCaps() && (token.text().length() >= 5 || EMPHATIC_CAPS.contains(token.text()));
      if (loud) {
        shouted++;
        if (first < 0) {
          first = token.start();
        }
        last = token.end();
      }
    }
    if (shouted >= 3 || (shouted >= 2 && letters <= 6)) {
      score.add(1, first, last);
    } else if (shouted == 2) {
      score.add(0.6, first, last);
    } else if (shouted == 1) {
      score.add(0.3, first, last);
    }
  }

  private static void addPunctuationRuns(AnalyzedText text, Score score) {
    String s = text.text();
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '!' || c == '?') {
        int j = i;
        boolean bang = false;
        while (j < s.length() && (s.charAt(j) == '!' || s.charAt(j) == '?')) {
          bang |= s.charAt(j) == '!';
          j++;
        }
        int run = j - i;
        if (run >= 2 && bang && !text.isQuoted(i, j)) {
          score.add(run >= 3 ? 0.6 : 0.5, i, j);
        } else if (run >= 3 && !text.isQuoted(i, j)) {
          score.add(0.3, i, j);
        }
        i = j;
      } else {
        i++;
      }
    }
  }

  /** A running total of cue weights, remembering the heaviest cue's span. */
  static final class Score {
    double total;
    int start;
    int end;
    private double heaviest;

    Score(double total, int start, int end) {
      this.total = total;
      this.start = start;
      this.end = end;
    }

    void add(double weight, int from, int to) {
      total += weight;
      if (weight > heaviest) {
        heaviest = weight;
        start = from;
        end = to;
      }
    }

    double total() {
      return total;
    }
  }
}
