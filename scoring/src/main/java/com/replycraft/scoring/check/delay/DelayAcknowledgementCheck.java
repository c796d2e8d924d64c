package com.replycraft.scoring.check.delay;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.Replies;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.thread.Channel;
import java.util.List;

/**
 * DELAY_NOT_ACKNOWLEDGED and DELAY_ACK_WEAK: when the customer waited past the response target, the
 * reply must say so early and own it.
 *
 * <p>A sentence owns the wait when it holds a regret or recognition word ("sorry", "apologies", "I
 * know") together with a name for the wait ("the wait", "took us three days", "getting back to you
 * sooner", "heard nothing back", "sat for three days"), in the same sentence or a neighbouring one
 * ("You wrote to us three days ago and heard nothing back. I'm sorry."), or a phrase that owns it
 * alone ("kept you waiting", "longer than it should have taken"). Negated regret ("we are not
 * sorry") and quoted text do not count. A "delay" whose subject is the product ("your flight is
 * delayed") is not about our reply. Thanking for patience alone acknowledges without owning (weak);
 * owning it only after the first two sentences and the first third of the reply is late (weak).
 */
public final class DelayAcknowledgementCheck implements Check {

  private static final Lexicon REGRET = Lexicon.named("delay-regret");
  private static final Lexicon OBJECT = Lexicon.named("delay-object");
  private static final Lexicon AMBIGUOUS = Lexicon.named("delay-ambiguous");
  private static final Lexicon OTHER_SUBJECT = Lexicon.named("delay-other-subject");
  private static final Lexicon REPLY_WORD = Lexicon.named("reply-word");
  private static final Lexicon OWNERSHIP = Lexicon.named("delay-ownership");
  private static final Lexicon PATIENCE = Lexicon.named("patience-thanks");

  /** An acknowledgement starting after this share of the reply (and after sentence 2) is late. */
  private static final double EARLY_SHARE = 0.34;

  /**
   * A regret sentence this short, with no object ("Hi Sam, I'm so sorry."), may own a wait beside
   * it.
   */
  private static final int BARE_REGRET_WORDS = 6;

  private static final java.util.Set<String> REGRET_OBJECT_MARKERS =
      java.util.Set.of("for", "about", "that", "if", "to");

  @Override
  public String id() {
    return "DELAY_ACKNOWLEDGEMENT";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.DELAY_NOT_ACKNOWLEDGED, FindingCode.DELAY_ACK_WEAK);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    if (!context.waitInfo().breached()) {
      return List.of();
    }
    AnalyzedText reply = context.reply();
    String waited = Replies.describe(context.waitInfo().customerWaited());
    String target = Replies.window(context.waitInfo().responseTarget());
    Sentence owning = firstOwningSentence(reply);
    int greeting = Replies.greetingSentences(reply);
    if (owning != null) {
      boolean early =
          owning.index() - greeting < 2 || reply.relativePosition(owning.start()) <= EARLY_SHARE;
      if (early) {
        return List.of();
      }
      return List.of(
          Finding.of(
              FindingCode.DELAY_ACK_WEAK,
              Severity.MAJOR,
              owning.start(),
              owning.end(),
              "The customer waited "
                  + waited
                  + " but the reply only owns the wait this far down, after other news.",
              "Move this acknowledgement to the line right after the greeting, so it is the first"
                  + " thing they read."));
    }
    for (PhraseMatch thanks : PATIENCE.find(reply)) {
      if (!Replies.affirmed(thanks, reply)) {
        continue;
      }
      String phrase = reply.slice(thanks.start(), thanks.end());
      return List.of(
          Finding.of(
                  FindingCode.DELAY_ACK_WEAK,
                  Severity.MAJOR,
                  thanks.start(),
                  thanks.end(),
                  "Thanking the customer for their patience after a "
                      + waited
                      + " wait does not own the delay.",
                  "Say plainly that the wait was too long, e.g. \"I'm sorry you waited "
                      + waited
                      + " for this reply.\"")
              .withReplacement(
                  "I'm sorry you waited "
                      + waited
                      + " for this reply, and "
                      + Character.toLowerCase(phrase.charAt(0))
                      + phrase.substring(1)));
    }
    String acknowledgement =
        "I'm sorry you've waited "
            + waited
            + " for a reply — that's far longer than it should have taken.";
    int offset;
    String insertion;
    List<Sentence> sentences = reply.sentences();
    if (sentences.size() > greeting) {
      offset = sentences.get(greeting).start();
      insertion = acknowledgement + " ";
    } else if (greeting > 0) {
      offset = sentences.get(0).end();
      insertion = " " + acknowledgement;
    } else {
      offset = 0;
      insertion = acknowledgement;
    }
    return List.of(
        Finding.of(
                FindingCode.DELAY_NOT_ACKNOWLEDGED,
                Severity.CRITICAL,
                offset,
                offset,
                "The customer has waited "
                    + waited
                    + ", past the "
                    + target
                    + " response target, and the reply does not acknowledge it.",
                "Open with a plain acknowledgement of the wait, e.g. \"" + acknowledgement + "\"")
            .withReplacement(insertion));
  }

  private static Sentence firstOwningSentence(AnalyzedText reply) {
    int n = reply.sentences().size();
    boolean[] regret = new boolean[n];
    boolean[] object = new boolean[n];
    boolean[] ambiguous = new boolean[n];
    boolean[] otherSubject = new boolean[n];
    boolean[] replyWord = new boolean[n];
    boolean[] owned = new boolean[n];
    mark(REGRET, reply, regret, true);
    mark(OBJECT, reply, object, false);
    mark(AMBIGUOUS, reply, ambiguous, false);
    mark(OTHER_SUBJECT, reply, otherSubject, false);
    mark(REPLY_WORD, reply, replyWord, false);
    mark(OWNERSHIP, reply, owned, true);
    boolean[] namesWait = new boolean[n];
    for (int i = 0; i < n; i++) {
      namesWait[i] = object[i] || (ambiguous[i] && (!otherSubject[i] || replyWord[i]));
    }
    for (int i = 0; i < n; i++) {
      // Regret and the named wait in one sentence, or in two neighbouring ones ("You wrote to us
      // three days ago and heard nothing back. I'm sorry.").
      // A neighbour counts only when the regret stands alone ("I'm sorry."), so that an apology
      // for something else beside a mention of "our reply" is not read as owning the wait.
      boolean regretNear =
          regret[i] || bareRegret(reply, regret, i + 1) || bareRegret(reply, regret, i - 1);
      if (owned[i] || (namesWait[i] && regretNear)) {
        return reply.sentences().get(i);
      }
    }
    return null;
  }

  private static boolean bareRegret(AnalyzedText reply, boolean[] regret, int i) {
    if (i < 0 || i >= regret.length || !regret[i]) {
      return false;
    }
    Sentence sentence = reply.sentences().get(i);
    if (sentence.words() > BARE_REGRET_WORDS) {
      return false;
    }
    for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
      if (REGRET_OBJECT_MARKERS.contains(reply.tokens().get(t).lower())) {
        return false; // "Sorry for the confusion." is regret about something else
      }
    }
    return true;
  }

  private static void mark(Lexicon lexicon, AnalyzedText text, boolean[] out, boolean affirmed) {
    for (PhraseMatch match : lexicon.find(text)) {
      boolean counts = affirmed ? Replies.affirmed(match, text) : !match.quotedIn(text);
      if (counts) {
        out[match.sentenceIn(text)] = true;
      }
    }
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.DELAY_NOT_ACKNOWLEDGED,
            waited("Hi Sam,\nYour refund of $120 was approved and lands by Friday."),
            waited(
                "Hi Sam,\nI'm sorry it took us three days to reply. Your refund of $120 was"
                    + " approved and lands by Friday.")),
        new CheckExample(
            FindingCode.DELAY_ACK_WEAK,
            waited("Hi Sam, thank you for your patience. Your refund lands by Friday."),
            waited(
                "Hi Sam, I'm sorry you waited three days for this reply. Your refund lands by"
                    + " Friday.")));
  }

  private static ScoreRequest waited(String draft) {
    return ScoreRequest.builder()
        .channel(Channel.EMAIL)
        .customerSays("2026-11-17T09:00:00Z", "Where is my refund for order 55812?")
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }
}
