package com.replycraft.scoring.check.channel;

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
import com.replycraft.scoring.thread.Channel;
import java.util.ArrayList;
import java.util.List;

/**
 * REDUNDANT_VERIFICATION: a customer who is already authenticated is asked for identity data (full
 * name, date of birth, member or policy number, security answers, "verify your identity"). The
 * pattern is a request (a question or a cue such as "may I", "please confirm", "I'll need") plus an
 * identity datum in the same sentence. Addresses, postcodes, emails and phone numbers count only
 * when the sentence is about verifying ("the address on your account", "for security"), so "which
 * address should we send the replacement to?" is fine. A withdrawn request ("no need to give your
 * date of birth") is fine.
 */
public final class RedundantVerificationCheck implements Check {

  private static final Lexicon STRONG = Lexicon.named("identity-datum");
  private static final Lexicon WEAK = Lexicon.named("identity-weak");
  private static final Lexicon CONTEXT = Lexicon.named("identity-context");
  private static final Lexicon NO_NEED = Lexicon.named("no-need");
  private static final java.util.Set<String> OTHER_OWNERS = java.util.Set.of("his", "her", "their");

  @Override
  public String id() {
    return "REDUNDANT_VERIFICATION";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.REDUNDANT_VERIFICATION);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    if (!context.customer().isAuthenticated()) {
      return List.of();
    }
    AnalyzedText reply = context.reply();
    int n = reply.sentences().size();
    boolean[] requests = Replies.requestSentences(reply);
    boolean[] withdrawn = sentencesWith(NO_NEED, reply, n);
    boolean[] verifying = sentencesWith(CONTEXT, reply, n);
    boolean[] done = new boolean[n];
    List<Finding> findings = new ArrayList<>();
    for (Lexicon lexicon : List.of(STRONG, WEAK)) {
      boolean weak = lexicon == WEAK;
      for (PhraseMatch match : lexicon.find(reply)) {
        int s = match.sentenceIn(reply);
        if (done[s]
            || !requests[s]
            || withdrawn[s]
            || !Replies.affirmed(match, reply)
            || (weak && !verifying[s])
            || someoneElses(reply, match)) {
          continue;
        }
        done[s] = true;
        String datum = reply.slice(match.start(), match.end());
        findings.add(
            Finding.of(
                FindingCode.REDUNDANT_VERIFICATION,
                Severity.CRITICAL,
                match.start(),
                match.end(),
                "The customer is already logged in, so asking for their "
                    + datum
                    + " makes them prove again who they are.",
                "Drop the question and use the verified profile; if a detail is genuinely"
                    + " missing, say why you need it."));
      }
    }
    findings.sort(java.util.Comparator.comparingInt(Finding::start));
    return findings;
  }

  /**
   * "your son's date of birth", "her policy number", "the full name of the person to add": a datum
   * about someone else.
   */
  private static boolean someoneElses(AnalyzedText text, PhraseMatch match) {
    int after = match.endToken();
    if (after + 1 < text.tokens().size()
        && text.tokens().get(after).lower().equals("of")
        && !text.tokens().get(after + 1).lower().startsWith("your")) {
      return true; // "the full name of the person", but not "the last 4 digits of your card"
    }
    if (match.firstToken() == 0) {
      return false;
    }
    String before = text.tokens().get(match.firstToken() - 1).lower();
    return OTHER_OWNERS.contains(before)
        || (before.endsWith("'s") && !before.equals("what's") && !before.equals("it's"))
        || before.endsWith("s'");
  }

  private static boolean[] sentencesWith(Lexicon lexicon, AnalyzedText text, int n) {
    boolean[] out = new boolean[n];
    for (PhraseMatch match : lexicon.find(text)) {
      if (!match.quotedIn(text)) {
        out[match.sentenceIn(text)] = true;
      }
    }
    return out;
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.REDUNDANT_VERIFICATION,
            request("Hi Mei, before I look at your claim, may I please get your date of birth?"),
            request("Hi Mei, I've opened your claim 88231 and the payment goes out on Friday.")));
  }

  private static ScoreRequest request(String draft) {
    return ScoreRequest.builder()
        .channel(Channel.MESSAGING)
        .customer("Mei Chen", true)
        .customerSays("2026-11-20T08:30:00Z", "When will my claim 88231 for the dentist be paid?")
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }
}
