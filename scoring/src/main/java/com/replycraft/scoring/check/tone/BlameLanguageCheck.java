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
import com.replycraft.scoring.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * BLAME_LANGUAGE: the reply pins the problem on the customer. Found by phrases ({@code
 * lexicon/blame.txt}: "your fault", "as you were told", "the onus is on you") and by patterns
 * around a second-person subject:
 *
 * <ul>
 *   <li>"you" + a failure verb ("you failed to", "you forgot", "you ignored", "you misread");
 *   <li>"you" + a past obligation ("you should have checked", "you were supposed to"), but not an
 *       expectation ("you should have received an email") nor the agent owning it ("we should
 *       have", "you shouldn't have had to chase us");
 *   <li>"you" + a negated act of attention ("you didn't read", "you never provided"), outside
 *       conditions ("if you haven't updated the app yet") — MAJOR, the rest CRITICAL;
 *   <li>a counterfactual ("if you had called us", "had you read").
 * </ul>
 *
 * Negated ("this isn't your fault") and quoted uses are left alone.
 */
public final class BlameLanguageCheck implements Check {

  private static final Lexicon BLAME = Lexicon.named("blame");

  private static final Set<String> YOU = Set.of("you", "you've", "you'd", "u");

  private static final Set<String> FAILURE_VERBS =
      Set.of(
          "failed",
          "fail",
          "neglected",
          "forgot",
          "forgotten",
          "omitted",
          "ignored",
          "overlooked",
          "misread",
          "misunderstood",
          "misinterpreted",
          "mistyped",
          "misspelled",
          "misspelt",
          "disregarded",
          "broke",
          "damaged",
          "caused",
          "messed",
          "screwed");

  /** After "you should have": expectations, not blame ("you should have received a text"). */
  private static final Set<String> EXPECTED =
      Set.of(
          "received",
          "got",
          "gotten",
          "been",
          "had",
          "heard",
          "seen",
          "noticed",
          "recieved",
          "access",
          "a",
          "an",
          "the",
          "your",
          "no",
          "some");

  private static final Set<String> ATTENTION_VERBS =
      Set.of(
          "read",
          "check",
          "follow",
          "provide",
          "include",
          "attach",
          "update",
          "tell",
          "inform",
          "notify",
          "contact",
          "call",
          "pay",
          "submit",
          "complete",
          "enter",
          "confirm",
          "return",
          "keep",
          "save",
          "register",
          "activate",
          "verify",
          "listen",
          "bother",
          "fill",
          "sign",
          "answer",
          "respond",
          "reply",
          "specify",
          "mention",
          "select",
          "choose",
          "look",
          "cancel",
          "report",
          "lodge",
          "backup",
          "back",
          "charge",
          "plug",
          "install",
          "give",
          "send",
          "let",
          "state",
          "advise");

  private static final Set<String> NEGATED_AUX =
      Set.of("didn't", "haven't", "hadn't", "never", "did", "have", "had");

  private static final Set<String> CONDITIONS =
      Set.of(
          "if", "unless", "whether", "case", "once", "when", "until", "before", "after", "incase");

  private static final Set<String> FILLERS =
      Set.of("not", "even", "actually", "properly", "clearly", "obviously", "simply", "just", "to");

  private static final Set<String> SOFTENERS = Set.of("may", "might", "could", "possibly");

  private static final Set<String> IRREGULAR_PARTICIPLES =
      Set.of(
          "read", "told", "sent", "given", "done", "paid", "made", "kept", "written", "rung",
          "known", "gone", "taken", "put", "left", "rang", "called");

  @Override
  public String id() {
    return "BLAME_LANGUAGE";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.BLAME_LANGUAGE);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    List<Finding> findings = new ArrayList<>();
    for (PhraseMatch match : BLAME.find(reply)) {
      if (match.quotedIn(reply) || firstNegated(reply, match) || afterNegator(reply, match)) {
        continue;
      }
      Finding finding = finding(reply, match.start(), match.end(), Severity.CRITICAL);
      String replacement = match.entry().replacement();
      findings.add(replacement == null ? finding : finding.withReplacement(replacement));
    }
    List<Token> tokens = reply.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token you = tokens.get(i);
      if (!YOU.contains(you.lower()) || you.quoted() || covered(findings, you.start())) {
        continue;
      }
      if (i > 0 && tokens.get(i - 1).lower().equals("thank")) {
        continue;
      }
      int end = blameEnd(tokens, i);
      Severity severity = Severity.CRITICAL;
      if (end < 0) {
        end = negatedAttentionEnd(tokens, i);
        severity = Severity.MAJOR;
      }
      if (end < 0 && !reply.sentences().get(you.sentence()).question()) {
        end = counterfactualEnd(tokens, i);
        severity = Severity.CRITICAL;
      }
      if (end >= 0) {
        int start = counterfactualStart(tokens, i);
        findings.add(finding(reply, start, tokens.get(end).end(), severity));
      }
    }
    return findings;
  }

  /** "you (have) failed to", "you should have checked", "you were supposed to": end token index. */
  private static int blameEnd(List<Token> tokens, int you) {
    int j = skip(tokens, you + 1, Set.of("have", "had", "clearly", "obviously", "simply", "just"));
    if (j >= tokens.size() || !sameSentence(tokens, you, j)) {
      return -1;
    }
    Token verb = tokens.get(j);
    if (FAILURE_VERBS.contains(verb.lower())
        && !verb.negated()
        && !softened(tokens, you, j)
        && !conditional(tokens, you)) {
      return j;
    }
    String w = tokens.get(you + 1).lower();
    if (w.equals("should've") || w.equals("should") && next(tokens, you + 1).equals("have")) {
      int v = w.equals("should've") ? you + 2 : you + 3;
      if (v < tokens.size()
          && sameSentence(tokens, you, v)
          && isParticiple(tokens.get(v).lower())) {
        return v;
      }
      return -1;
    }
    if (w.equals("were")
        && Set.of("supposed", "meant", "asked", "required", "instructed", "warned", "told")
            .contains(next(tokens, you + 1))
        && (Set.of("supposed", "meant", "warned").contains(next(tokens, you + 1))
            || as(tokens, you))) {
      return you + 2;
    }
    if (w.equals("ought")
        && next(tokens, you + 1).equals("to")
        && next(tokens, you + 2).equals("have")) {
      return Math.min(you + 4, tokens.size() - 1);
    }
    return -1;
  }

  /** "you didn't read", "you never provided", "you did not follow": end token index. */
  private static int negatedAttentionEnd(List<Token> tokens, int you) {
    int j = you + 1;
    if (j >= tokens.size() || !NEGATED_AUX.contains(tokens.get(j).lower())) {
      return -1;
    }
    boolean negated =
        tokens.get(j).lower().endsWith("n't") || tokens.get(j).lower().equals("never");
    j++;
    while (j < tokens.size() && FILLERS.contains(tokens.get(j).lower())) {
      negated |= tokens.get(j).lower().equals("not");
      j++;
    }
    if (!negated || j >= tokens.size() || !sameSentence(tokens, you, j)) {
      return -1;
    }
    String verb = tokens.get(j).lower();
    String base = verb.endsWith("ed") ? verb.substring(0, verb.length() - 2) : verb;
    boolean attention =
        ATTENTION_VERBS.contains(verb)
            || ATTENTION_VERBS.contains(base)
            || ATTENTION_VERBS.contains(base + "e")
            || verb.equals("paid")
            || verb.equals("filled");
    if (!attention || conditional(tokens, you) || yetFollows(tokens, j)) {
      return -1;
    }
    return j;
  }

  /** "if you had called", "had you read", "if you'd checked": end token index. */
  private static int counterfactualEnd(List<Token> tokens, int you) {
    Token prev = you > 0 ? tokens.get(you - 1) : null;
    int verb;
    if (tokens.get(you).lower().equals("you'd") && prev != null && prev.lower().equals("if")) {
      verb = you + 1;
    } else if (prev != null && prev.lower().equals("had") && sameSentence(tokens, you - 1, you)) {
      verb = you + 1;
      if (you - 2 >= 0 && tokens.get(you - 2).isWord()) {
        return -1; // "had you" opens the clause only when nothing precedes it
      }
    } else if (prev != null && prev.lower().equals("if") && next(tokens, you).equals("had")) {
      verb = you + 2;
    } else {
      return -1;
    }
    verb = skip(tokens, verb, Set.of("only", "just", "actually", "properly", "simply"));
    if (verb >= tokens.size() || !sameSentence(tokens, you, verb)) {
      return -1;
    }
    return isParticiple(tokens.get(verb).lower()) ? verb : -1;
  }

  private static boolean isParticiple(String w) {
    return (w.endsWith("ed") && !EXPECTED.contains(w) && !w.equals("needed") && !w.equals("wanted"))
        || IRREGULAR_PARTICIPLES.contains(w);
  }

  private static int counterfactualStart(List<Token> tokens, int you) {
    if (you > 0) {
      String prev = tokens.get(you - 1).lower();
      if ((prev.equals("if") || prev.equals("had") || prev.equals("as") || prev.equals("because"))
          && sameSentence(tokens, you - 1, you)) {
        return tokens.get(you - 1).start();
      }
    }
    return tokens.get(you).start();
  }

  private static boolean as(List<Token> tokens, int you) {
    return you > 0 && tokens.get(you - 1).lower().equals("as")
        || next(tokens, you + 1).equals("already");
  }

  private static boolean softened(List<Token> tokens, int you, int verb) {
    for (int k = you + 1; k < verb; k++) {
      if (SOFTENERS.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return you + 1 < tokens.size() && SOFTENERS.contains(tokens.get(you + 1).lower());
  }

  private static boolean conditional(List<Token> tokens, int you) {
    for (int k = you - 1; k >= 0 && k >= you - 4; k--) {
      Token t = tokens.get(k);
      if (!t.isWord() || t.sentence() != tokens.get(you).sentence()) {
        return false;
      }
      if (CONDITIONS.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  private static boolean yetFollows(List<Token> tokens, int verb) {
    for (int k = verb + 1; k < tokens.size() && k <= verb + 5; k++) {
      if (tokens.get(k).lower().equals("yet")) {
        return true;
      }
    }
    return false;
  }

  private static boolean firstNegated(AnalyzedText reply, PhraseMatch match) {
    return reply.tokens().get(match.firstToken()).negated();
  }

  private static boolean afterNegator(AnalyzedText reply, PhraseMatch match) {
    // "no mistake on your part", "not your fault": the negator sits right before the phrase.
    int first = match.firstToken();
    for (int k = first - 1; k >= 0 && k >= first - 2; k--) {
      String w = reply.tokens().get(k).lower();
      if (w.equals("not") || w.equals("no") || w.endsWith("n't") || w.equals("never")) {
        return true;
      }
    }
    return false;
  }

  private static int skip(List<Token> tokens, int from, Set<String> words) {
    int j = from;
    while (j < tokens.size() && words.contains(tokens.get(j).lower())) {
      j++;
    }
    return j;
  }

  private static String next(List<Token> tokens, int index) {
    return index + 1 < tokens.size() ? tokens.get(index + 1).lower() : "";
  }

  private static boolean sameSentence(List<Token> tokens, int a, int b) {
    return tokens.get(a).sentence() == tokens.get(b).sentence();
  }

  private static boolean covered(List<Finding> findings, int offset) {
    for (Finding f : findings) {
      if (offset >= f.start() && offset < f.end()) {
        return true;
      }
    }
    return false;
  }

  private static Finding finding(AnalyzedText reply, int start, int end, Severity severity) {
    String phrase = reply.slice(start, end);
    return Finding.of(
        FindingCode.BLAME_LANGUAGE,
        severity,
        start,
        end,
        "\"" + phrase + "\" puts the blame on the customer, which makes them defensive.",
        "Describe what happened without pointing at the customer, or own your part: \"It looks"
            + " like the form didn't come through\" or \"I should have made this clearer\".");
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.BLAME_LANGUAGE,
            ScoreRequest.builder()
                .draft(
                    "Hi Sam, you failed to include your order number, so we could not find the"
                        + " parcel. I will check it today once you send the number.")
                .build(),
            ScoreRequest.builder()
                .draft(
                    "Hi Sam, I couldn't match the parcel without an order number. Could you"
                        + " send it? I will check it today once it arrives.")
                .build()));
  }
}
