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
import com.replycraft.scoring.text.TimeExpressions;
import com.replycraft.scoring.thread.Channel;
import java.util.ArrayList;
import java.util.List;

/**
 * LIVE_CHAT_LANGUAGE: on an async channel, words that imply a live person is connecting, waiting or
 * about to answer now. Two ways in: a fixed phrase that demands or promises live presence ("please
 * hold", "don't close this window", "you're number 3 in the queue", "an agent will be with you
 * shortly"), or a verb of connecting the customer to someone ("put you through", "adding you to the
 * queue") with a presence cue in the same sentence ("an agent", "someone", "now", "in a moment").
 *
 * <p>Decision: the verb pattern is honest when the same or next sentence gives a concrete response
 * window ("I'll connect you with our billing team, who will reply by email within 24 hours"): the
 * customer then knows nobody is about to appear. The fixed phrases fire regardless, because they
 * ask the customer to stay present. Never fires on LIVE_CHAT or VOICE.
 */
public final class LiveChatLanguageCheck implements Check {

  private static final Lexicon PHRASES = Lexicon.named("live-chat-phrase");
  private static final Lexicon CONNECT = Lexicon.named("live-connect-verb");
  private static final Lexicon PRESENCE = Lexicon.named("live-presence");

  @Override
  public String id() {
    return "LIVE_CHAT_LANGUAGE";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.LIVE_CHAT_LANGUAGE);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    if (!context.profile().async()) {
      return List.of();
    }
    AnalyzedText reply = context.reply();
    String window = Replies.window(context.waitInfo().responseTarget());
    String honest =
        "Say who will reply and when, e.g. \"Our team will reply here within "
            + window
            + " — you'll get a notification, so there's no need to keep this window open.\"";
    List<Finding> findings = new ArrayList<>();
    boolean[] flagged = new boolean[reply.sentences().size()];
    for (PhraseMatch match : PHRASES.find(reply)) {
      if (!Replies.affirmed(match, reply)) {
        continue;
      }
      flagged[match.sentenceIn(reply)] = true;
      Finding finding =
          Finding.of(
              FindingCode.LIVE_CHAT_LANGUAGE,
              Severity.MAJOR,
              match.start(),
              match.end(),
              "\""
                  + reply.slice(match.start(), match.end())
                  + "\" promises a live person on a channel where replies are queued.",
              honest);
      String replacement = match.entry().replacement();
      findings.add(replacement == null ? finding : finding.withReplacement(replacement));
    }
    List<PhraseMatch> presence = PRESENCE.find(reply);
    for (PhraseMatch verb : CONNECT.find(reply)) {
      int s = verb.sentenceIn(reply);
      if (flagged[s] || !Replies.affirmed(verb, reply) || TimeExpressions.nearSentence(reply, s)) {
        continue;
      }
      PhraseMatch cue = cueIn(presence, reply, s, verb);
      if (cue == null) {
        continue;
      }
      flagged[s] = true;
      int start = Math.min(verb.start(), cue.start());
      int end = Math.max(verb.end(), cue.end());
      findings.add(
          Finding.of(
              FindingCode.LIVE_CHAT_LANGUAGE,
              Severity.MAJOR,
              start,
              end,
              "\""
                  + reply.slice(start, end)
                  + "\" tells the customer a person is joining now, but this channel is answered"
                  + " from a queue.",
              honest));
    }
    return findings;
  }

  private static PhraseMatch cueIn(
      List<PhraseMatch> presence, AnalyzedText reply, int sentence, PhraseMatch verb) {
    for (PhraseMatch cue : presence) {
      if (cue.sentenceIn(reply) == sentence
          && !cue.quotedIn(reply)
          && (cue.endToken() <= verb.firstToken() || cue.firstToken() >= verb.endToken())) {
        return cue;
      }
    }
    return null;
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.LIVE_CHAT_LANGUAGE,
            request("Thanks Jo, I'm putting you through to an agent now."),
            request(
                "Thanks Jo, I've passed your message to our billing team, who will reply here"
                    + " within 4 hours.")));
  }

  private static ScoreRequest request(String draft) {
    return ScoreRequest.builder()
        .channel(Channel.MESSAGING)
        .customerSays("2026-11-20T08:50:00Z", "My bill doubled this month and I need it fixed.")
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }
}
