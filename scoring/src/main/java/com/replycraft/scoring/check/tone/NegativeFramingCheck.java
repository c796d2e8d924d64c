package com.replycraft.scoring.check.tone;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.Token;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * NEGATIVE_FRAMING: a refusal or an impossibility ({@code lexicon/negative-framing.txt}: "we
 * can't", "unable to", "against our policy", "not eligible") left standing, with no way forward
 * ({@code lexicon/alternative-offer.txt}: "but I can", "instead", "what I can do", "you can") after
 * it in the same sentence or in the next one. Left alone: questions, conditions ("if you're unable
 * to log in"), the customer's own inability ("sorry you were unable to get through"), empathy
 * idioms ("I can't imagine how stressful"), and quoted text. One finding per sentence.
 */
public final class NegativeFramingCheck implements Check {

  private static final Lexicon NEGATIVE = Lexicon.named("negative-framing");
  private static final Lexicon ALTERNATIVE = Lexicon.named("alternative-offer");

  private static final Set<String> CONDITIONS =
      Set.of("if", "unless", "whether", "case", "incase", "should");

  private static final Set<String> SECOND_PERSON =
      Set.of("you", "you're", "you've", "you'd", "you'll", "customer", "they", "they're");

  private static final Set<String> PAST =
      Set.of("was", "were", "wasn't", "weren't", "had", "hadn't", "been");

  private static final Set<String> SEARCH_VERBS =
      Set.of(
          "find",
          "locate",
          "see",
          "trace",
          "identify",
          "spot",
          "detect",
          "reproduce",
          "replicate",
          "recreate");

  private static final Set<String> IDIOMS =
      Set.of(
          "wait",
          "thank",
          "apologise",
          "apologize",
          "stress",
          "emphasise",
          "emphasize",
          "believe",
          "imagine",
          "express",
          "overstate",
          "tell");

  @Override
  public String id() {
    return "NEGATIVE_FRAMING";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.NEGATIVE_FRAMING);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    List<PhraseMatch> alternatives = new ArrayList<>();
    for (PhraseMatch alt : ALTERNATIVE.find(reply)) {
      if (!alt.quotedIn(reply) && !negated(reply, alt)) {
        alternatives.add(alt);
      }
    }
    Set<Integer> flaggedSentences = new HashSet<>();
    List<Finding> findings = new ArrayList<>();
    for (PhraseMatch match : NEGATIVE.find(reply)) {
      int sentence = match.sentenceIn(reply);
      if (match.quotedIn(reply)
          || flaggedSentences.contains(sentence)
          || reply.sentences().get(sentence).question()
          || conditional(reply, match)
          || aboutTheCustomer(reply, match)
          || idiom(reply, match)
          || reportsASearch(reply, match)
          || reportsThePast(reply, match)
          || offered(alternatives, reply, match)) {
        continue;
      }
      flaggedSentences.add(sentence);
      String phrase = reply.slice(match.start(), match.end());
      findings.add(
          Finding.of(
              FindingCode.NEGATIVE_FRAMING,
              Severity.MAJOR,
              match.start(),
              match.end(),
              "\""
                  + phrase
                  + "\" tells the customer what you won't do and leaves them at a dead end.",
              "Follow the limit with what you can do: \""
                  + phrase
                  + " ..., but what I can do is"
                  + " ...\"."));
    }
    return findings;
  }

  private static boolean offered(
      List<PhraseMatch> alternatives, AnalyzedText reply, PhraseMatch no) {
    int sentence = no.sentenceIn(reply);
    for (PhraseMatch alt : alternatives) {
      if (alt.firstToken() == no.endToken()) {
        continue; // "unable to offer a refund": what is refused, not a way forward
      }
      int altSentence = alt.sentenceIn(reply);
      boolean after = altSentence == sentence && alt.firstToken() >= no.endToken();
      if (after || altSentence == nextWordySentence(reply, sentence)) {
        return true;
      }
    }
    return false;
  }

  /** The next sentence with words in it (skipping a lone "Sorry." or emoji line is not wanted). */
  private static int nextWordySentence(AnalyzedText reply, int sentence) {
    List<Sentence> sentences = reply.sentences();
    for (int s = sentence + 1; s < sentences.size(); s++) {
      if (sentences.get(s).words() > 0) {
        return s;
      }
    }
    return -1;
  }

  /** "we can not" is no offer; "we can" followed by a negator is not an alternative. */
  private static boolean negated(AnalyzedText reply, PhraseMatch alt) {
    List<Token> tokens = reply.tokens();
    if (tokens.get(alt.firstToken()).negated()) {
      return true;
    }
    if (alt.endToken() < tokens.size()) {
      String next = tokens.get(alt.endToken()).lower();
      return next.equals("not") || next.equals("never") || next.equals("only");
    }
    return false;
  }

  private static boolean conditional(AnalyzedText reply, PhraseMatch match) {
    List<Token> tokens = reply.tokens();
    Sentence sentence = reply.sentences().get(match.sentenceIn(reply));
    for (int k = match.firstToken() - 1; k >= sentence.firstToken(); k--) {
      Token t = tokens.get(k);
      if (t.text().equals(",") || t.text().equals(";")) {
        return false;
      }
      if (CONDITIONS.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** "you were unable to", "sorry you're not able to": the customer's trouble, not a refusal. */
  private static boolean aboutTheCustomer(AnalyzedText reply, PhraseMatch match) {
    List<String> entry = match.entry().tokens();
    boolean ability =
        entry.get(0).equals("unable") || entry.size() > 1 && entry.get(1).equals("able");
    if (!ability) {
      return false;
    }
    List<Token> tokens = reply.tokens();
    for (int k = match.firstToken() - 1; k >= 0 && k >= match.firstToken() - 3; k--) {
      Token t = tokens.get(k);
      if (t.sentence() != tokens.get(match.firstToken()).sentence()) {
        return false;
      }
      if (SECOND_PERSON.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** "we were unable to reach you", "it wasn't possible to": a report of what happened. */
  private static boolean reportsThePast(AnalyzedText reply, PhraseMatch match) {
    List<Token> tokens = reply.tokens();
    for (int k = match.firstToken(); k >= 0 && k >= match.firstToken() - 3; k--) {
      Token t = tokens.get(k);
      if (t.sentence() != tokens.get(match.firstToken()).sentence()) {
        return false;
      }
      if (PAST.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** "I'm unable to find a second charge": the result of a search, not a refusal. */
  private static boolean reportsASearch(AnalyzedText reply, PhraseMatch match) {
    List<Token> tokens = reply.tokens();
    int next = match.endToken();
    if (next < tokens.size() && tokens.get(next).lower().equals("to")) {
      next++;
    }
    return next < tokens.size() && SEARCH_VERBS.contains(tokens.get(next).lower());
  }

  /** "I can't imagine how stressful this is", "we can't thank you enough". */
  private static boolean idiom(AnalyzedText reply, PhraseMatch match) {
    List<Token> tokens = reply.tokens();
    String last = tokens.get(match.endToken() - 1).lower();
    if (!last.equals("can't") && !last.equals("cannot") && !last.equals("not")) {
      return false;
    }
    int next = match.endToken();
    if (next + 1 < tokens.size()
        && tokens.get(next).lower().equals("help")
        && tokens.get(next + 1).lower().equals("but")) {
      return true; // "I can't help but notice"
    }
    return next < tokens.size() && IDIOMS.contains(tokens.get(next).lower());
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.NEGATIVE_FRAMING,
            ScoreRequest.builder()
                .draft("Hi Ana, we can't change the delivery address once an order has shipped.")
                .build(),
            ScoreRequest.builder()
                .draft(
                    "Hi Ana, we can't change the address once an order has shipped, but I can"
                        + " redirect the parcel to your local post office today.")
                .build()));
  }
}
