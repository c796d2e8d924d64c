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
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * DISMISSIVE_LANGUAGE: condescension or a brush-off. Phrases live in {@code lexicon/dismissive.txt}
 * ("as I already said", "per my last email", "calm down", "that's just how it is"); two patterns
 * need context and live here:
 *
 * <ul>
 *   <li>"simply" / "just" before a task the customer has to do ("simply log in", "you can just
 *       restart it") — not "I just checked your account", "just to confirm", nor a friendly
 *       invitation to get in touch ("just reply here", "just call us");
 *   <li>"clearly" / "obviously" as a comment on the customer's understanding ("the terms clearly
 *       state", "Clearly, ...") — not "to explain it clearly".
 * </ul>
 *
 * Each finding offers the gentler text: the minimiser deleted, the brush-off rephrased.
 */
public final class DismissiveLanguageCheck implements Check {

  private static final Lexicon DISMISSIVE = Lexicon.named("dismissive");

  private static final Set<String> MINIMISERS = Set.of("simply", "just", "merely");

  private static final Set<String> INSTRUCTION_VERBS =
      Set.of(
          "click",
          "tap",
          "log",
          "login",
          "sign",
          "restart",
          "reboot",
          "go",
          "open",
          "select",
          "enter",
          "type",
          "follow",
          "update",
          "reset",
          "choose",
          "fill",
          "download",
          "install",
          "uninstall",
          "reinstall",
          "turn",
          "switch",
          "press",
          "hit",
          "use",
          "add",
          "remove",
          "read",
          "change",
          "navigate",
          "scroll",
          "refresh",
          "clear",
          "unplug",
          "plug",
          "upload",
          "attach",
          "print",
          "complete",
          "check",
          "copy",
          "paste",
          "delete",
          "swipe",
          "hold",
          "look",
          "try",
          "toggle",
          "disable",
          "enable",
          "re-enter",
          "resubmit",
          "submit");

  private static final Set<String> SELF =
      Set.of(
          "i", "we", "i'll", "we'll", "i'm", "we're", "i've", "we've", "i'd", "we'd", "me", "us",
          "let", "team", "they", "he", "she", "it", "was", "had", "has", "have", "were", "is");

  private static final Set<String> LIABILITY =
      Set.of("responsible", "liable", "accountable", "fault", "blame", "blamed");

  private static final Set<String> SELF_SIDE =
      Set.of("we", "i", "our", "my", "we've", "i've", "we're", "i'm");

  private static final Set<String> STATING_VERBS =
      Set.of(
          "state",
          "states",
          "stated",
          "say",
          "says",
          "said",
          "show",
          "shows",
          "showed",
          "shown",
          "explain",
          "explains",
          "explained",
          "mention",
          "mentions",
          "mentioned",
          "outline",
          "outlines",
          "outlined",
          "indicate",
          "indicates",
          "indicated",
          "displayed",
          "written",
          "marked",
          "visible",
          "listed",
          "set",
          "sets",
          "specified",
          "specifies",
          "noted",
          "printed");

  @Override
  public String id() {
    return "DISMISSIVE_LANGUAGE";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.DISMISSIVE_LANGUAGE);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    List<Finding> findings = new ArrayList<>();
    for (PhraseMatch match : DISMISSIVE.find(reply)) {
      if (match.quotedIn(reply) || reply.tokens().get(match.firstToken()).negated()) {
        continue;
      }
      String replacement = match.entry().replacement();
      if (replacement != null && replacement.equals("-")) {
        findings.add(deleting(reply, match.start(), match.end()));
      } else {
        Finding finding = finding(reply, match.start(), match.end(), match.end());
        findings.add(
            replacement == null
                ? finding
                : finding.withReplacement(Replacements.fit(reply, match.start(), replacement)));
      }
    }
    List<Token> tokens = reply.tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (token.quoted() || covered(findings, token.start())) {
        continue;
      }
      Token next = tokens.get(i + 1);
      if (MINIMISERS.contains(token.lower())
          && INSTRUCTION_VERBS.contains(next.lower())
          && next.sentence() == token.sentence()
          && !spokenBySelf(tokens, i)) {
        // "Simply click" -> "Click"; "you can just restart" -> "you can restart"
        String verb =
            Replacements.atSentenceStart(reply, token.start())
                ? Replacements.capitalised(next.text())
                : next.text();
        findings.add(
            Finding.of(
                    FindingCode.DISMISSIVE_LANGUAGE,
                    Severity.MAJOR,
                    token.start(),
                    next.end(),
                    "\""
                        + token.text()
                        + "\" makes the step sound trivial, which reads as condescending if the"
                        + " customer already struggled with it.",
                    "Drop \"" + token.text() + "\" and give the step plainly.")
                .withReplacement(verb));
      } else if ((token.lower().equals("clearly") || token.lower().equals("obviously"))
          && !token.negated()
          && commentsOnReader(reply, tokens, i)) {
        findings.add(deleting(reply, token.start(), token.end()));
      }
    }
    return findings;
  }

  /** "I just", "we'll simply", "it was just": the writer describes themselves, not instructing. */
  private static boolean spokenBySelf(List<Token> tokens, int i) {
    for (int k = i - 1; k >= 0 && k >= i - 2; k--) {
      Token t = tokens.get(k);
      if (t.sentence() != tokens.get(i).sentence() || !t.isWord()) {
        return false;
      }
      if (SELF.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** "Obviously" always talks down; "clearly" does at a sentence start or before a stating verb. */
  private static boolean commentsOnReader(AnalyzedText reply, List<Token> tokens, int i) {
    if (selfCritical(tokens, i)) {
      return false; // "Clearly, we got this wrong": the writer owning a mistake
    }
    if (tokens.get(i).lower().equals("obviously")) {
      return true;
    }
    if (Replacements.atSentenceStart(reply, tokens.get(i).start())) {
      return true;
    }
    return i + 1 < tokens.size()
        && STATING_VERBS.contains(tokens.get(i + 1).lower())
        && tokens.get(i + 1).sentence() == tokens.get(i).sentence();
  }

  /**
   * "Obviously we can't be held responsible": the writer's side disclaiming, not owning. True when
   * a negated liability word follows in the sentence.
   */
  private static boolean disclaims(List<Token> tokens, int from) {
    for (int k = from;
        k < tokens.size() && tokens.get(k).sentence() == tokens.get(from).sentence();
        k++) {
      Token t = tokens.get(k);
      if (t.negated() && LIABILITY.contains(t.lower())) {
        return true;
      }
    }
    return false;
  }

  /** The next word after the adverb is the writer's own side: "Clearly, we ...". */
  private static boolean selfCritical(List<Token> tokens, int i) {
    for (int k = i + 1; k < tokens.size() && k <= i + 2; k++) {
      Token t = tokens.get(k);
      if (t.sentence() != tokens.get(i).sentence()) {
        return false;
      }
      if (SELF_SIDE.contains(t.lower())) {
        return !disclaims(tokens, k);
      }
      if (t.isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * A finding whose fix deletes the phrase (and its trailing comma); at a sentence start the span
   * takes in the next word too, so the fix can give that word the opener's capital.
   */
  private static Finding deleting(AnalyzedText reply, int start, int phraseEnd) {
    int end = Replacements.deletionEnd(reply.text(), phraseEnd);
    if (Replacements.atSentenceStart(reply, start)) {
      for (Token token : reply.tokens()) {
        if (token.start() >= end) {
          if (token.isWord() && token.start() == end) {
            return finding(reply, start, phraseEnd, token.end())
                .withReplacement(Replacements.capitalised(token.text()));
          }
          break;
        }
      }
    }
    return finding(reply, start, phraseEnd, end).withReplacement("");
  }

  private static boolean covered(List<Finding> findings, int offset) {
    for (Finding f : findings) {
      if (offset >= f.start() && offset < f.end()) {
        return true;
      }
    }
    return false;
  }

  private static Finding finding(AnalyzedText reply, int start, int phraseEnd, int spanEnd) {
    String phrase = reply.slice(start, phraseEnd);
    return Finding.of(
        FindingCode.DISMISSIVE_LANGUAGE,
        Severity.MAJOR,
        start,
        spanEnd,
        "\"" + phrase + "\" sounds condescending or brushes the customer off.",
        "Say it again patiently, without pointing out that it was said before or is obvious.");
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.DISMISSIVE_LANGUAGE,
            ScoreRequest.builder()
                .draft(
                    "As I already said, the refund takes 5 working days. It will reach your"
                        + " card by Friday.")
                .build(),
            ScoreRequest.builder()
                .draft("The refund takes 5 working days, so it will reach your card by Friday.")
                .build()));
  }
}
