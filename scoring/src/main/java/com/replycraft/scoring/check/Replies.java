package com.replycraft.scoring.check;

import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import java.time.Duration;
import java.util.List;

/**
 * Small readings of a reply that several checks share: whether a sentence asks the customer for
 * something, where the greeting line ends, whether a phrase is really the writer's own words, and
 * how to say a wait in words ("3 days").
 */
public final class Replies {

  private static final Lexicon REQUEST_CUES = Lexicon.named("request-cue");
  private static final Lexicon GREETINGS = Lexicon.named("greeting");

  private Replies() {}

  /**
   * A phrase the writer says: outside quotes and not negated ("we are not sorry" is no apology).
   */
  public static boolean affirmed(PhraseMatch match, AnalyzedText text) {
    return !match.quotedIn(text) && !text.tokens().get(match.firstToken()).negated();
  }

  /** True when the sentence asks the customer for something: a question or a request cue. */
  public static boolean isRequest(AnalyzedText text, Sentence sentence) {
    if (sentence.question()) {
      return true;
    }
    for (PhraseMatch match : REQUEST_CUES.find(text)) {
      if (match.sentenceIn(text) == sentence.index() && affirmed(match, text)) {
        return true;
      }
    }
    return false;
  }

  /** Indices of the sentences that ask the customer for something. */
  public static boolean[] requestSentences(AnalyzedText text) {
    List<Sentence> sentences = text.sentences();
    boolean[] requests = new boolean[sentences.size()];
    for (Sentence sentence : sentences) {
      requests[sentence.index()] = sentence.question();
    }
    for (PhraseMatch match : REQUEST_CUES.find(text)) {
      if (affirmed(match, text)) {
        requests[match.sentenceIn(text)] = true;
      }
    }
    return requests;
  }

  /** True when the first sentence opens with a greeting ("Hi Sam,", "Dear Priya", "Welcome to"). */
  public static boolean opensWithGreeting(AnalyzedText text) {
    if (text.sentences().isEmpty()) {
      return false;
    }
    int first = text.sentences().get(0).firstToken();
    for (PhraseMatch match : GREETINGS.find(text)) {
      if (match.firstToken() == first) {
        return true;
      }
      if (match.firstToken() > first) {
        break;
      }
    }
    return false;
  }

  /** Number of leading sentences that are only a greeting (0 or 1). */
  public static int greetingSentences(AnalyzedText text) {
    return opensWithGreeting(text) ? 1 : 0;
  }

  /** A wait in words a customer would use: "3 days", "30 hours", "5 hours", "40 minutes". */
  public static String describe(Duration wait) {
    long hours = wait.toHours();
    if (hours >= 48) {
      long days = hours / 24;
      return days + " days";
    }
    if (hours >= 2) {
      return hours + " hours";
    }
    if (hours == 1) {
      return "over an hour";
    }
    long minutes = Math.max(1, wait.toMinutes());
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }

  /** The response window of a channel in words: "4 hours", "24 hours", "2 minutes". */
  public static String window(Duration target) {
    long hours = target.toHours();
    if (hours >= 1) {
      return hours == 1 ? "1 hour" : hours + " hours";
    }
    long minutes = Math.max(1, target.toMinutes());
    return minutes + (minutes == 1 ? " minute" : " minutes");
  }
}
