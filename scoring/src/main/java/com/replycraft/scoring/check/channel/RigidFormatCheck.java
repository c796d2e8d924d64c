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
import com.replycraft.scoring.lexicon.LexiconEntry;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.thread.Channel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * RIGID_FORMAT: the customer is told their input must take one exact form, instead of the system
 * accepting the variants people write. Two signals: a rigid demand ("needs to be written as",
 * "numbers only", "no spaces", "reply YES or NO only", "we can only accept"), or a format template
 * ("DD/MM/YYYY", "MM/YY") inside a request. Decision on what is helpful instead: a template or
 * example that leaves the customer free ("any format is fine, e.g. 3 March 1990") and a
 * non-exclusive shortcut ("reply YES to confirm") are not flagged; a template merely described
 * ("your statement shows dates as DD/MM/YYYY") is not a demand. A flexibility cue counts in the
 * sentence or next to it, since "e.g." often ends a sentence for the sentence splitter.
 */
public final class RigidFormatCheck implements Check {

  private static final Lexicon RIGID = Lexicon.named("rigid-format");
  private static final Lexicon RIGID_IN_REQUEST = Lexicon.named("rigid-format-request");
  private static final Lexicon FLEXIBLE = Lexicon.named("format-flexibility");
  private static final Set<String> TEMPLATE_PARTS = parts(Lexicon.named("format-template"));
  private static final Set<String> SEPARATORS = Set.of("/", "-", ".", ":");
  private static final Set<String> TEMPLATE_LEADS = Set.of("in", "as", "using", "like");

  @Override
  public String id() {
    return "RIGID_FORMAT";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.RIGID_FORMAT);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    int n = reply.sentences().size();
    boolean[] flexible = new boolean[n];
    for (PhraseMatch match : FLEXIBLE.find(reply)) {
      flexible[match.sentenceIn(reply)] = true;
    }
    boolean[] requests = Replies.requestSentences(reply);
    int[] spanStart = new int[n];
    int[] spanEnd = new int[n];
    boolean[] demand = new boolean[n];
    boolean[] template = new boolean[n];
    java.util.Arrays.fill(spanStart, -1);
    for (PhraseMatch match : RIGID.find(reply)) {
      int s = match.sentenceIn(reply);
      if (Replies.affirmed(match, reply)) {
        demand[s] = true;
        widen(spanStart, spanEnd, s, match.start(), match.end());
      }
    }
    for (PhraseMatch match : RIGID_IN_REQUEST.find(reply)) {
      int s = match.sentenceIn(reply);
      if ((requests[s] || demand[s]) && Replies.affirmed(match, reply)) {
        demand[s] = true;
        widen(spanStart, spanEnd, s, match.start(), match.end());
      }
    }
    List<Token> tokens = reply.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      int end = templateEnd(tokens, i);
      if (end > i && !tokens.get(i).quoted()) {
        int s = tokens.get(i).sentence();
        template[s] = true;
        int first = i;
        if (i > 0 && TEMPLATE_LEADS.contains(tokens.get(i - 1).lower())) {
          first = i - 1;
        }
        int last = end;
        if (end < tokens.size() && tokens.get(end).lower().equals("format")) {
          last = end + 1;
        }
        widen(spanStart, spanEnd, s, tokens.get(first).start(), tokens.get(last - 1).end());
        i = end - 1;
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      boolean rigid = demand[s] || (template[s] && requests[s]);
      boolean free = flexible[s] || (s > 0 && flexible[s - 1]) || (s + 1 < n && flexible[s + 1]);
      if (!rigid || free) {
        continue;
      }
      Finding finding =
          Finding.of(
              FindingCode.RIGID_FORMAT,
              Severity.MAJOR,
              spanStart[s],
              spanEnd[s],
              "\""
                  + reply.slice(spanStart[s], spanEnd[s])
                  + "\" makes the customer fit one exact input format instead of accepting how"
                  + " they naturally write it.",
              "Accept any reasonable format and say so, e.g. \"any format is fine, such as 3 March"
                  + " 1990\".");
      findings.add(
          template[s] && !demand[s] ? finding.withReplacement("(any format is fine)") : finding);
    }
    return findings;
  }

  private static void widen(int[] starts, int[] ends, int s, int start, int end) {
    if (starts[s] < 0) {
      starts[s] = start;
      ends[s] = end;
    } else {
      starts[s] = Math.min(starts[s], start);
      ends[s] = Math.max(ends[s], end);
    }
  }

  /** End (exclusive) of a template such as DD/MM/YYYY starting at token i, or i when none. */
  private static int templateEnd(List<Token> tokens, int i) {
    if (hyphenTemplate(tokens.get(i).lower())) {
      return i + 1; // "YYYY-MM-DD" is one token
    }
    if (!TEMPLATE_PARTS.contains(tokens.get(i).lower())) {
      return i;
    }
    int parts = 1;
    int j = i + 1;
    while (j + 1 < tokens.size()
        && SEPARATORS.contains(tokens.get(j).lower())
        && tokens.get(j).start() == tokens.get(j - 1).end()
        && TEMPLATE_PARTS.contains(tokens.get(j + 1).lower())) {
      parts++;
      j += 2;
    }
    return parts >= 2 ? j : i;
  }

  private static boolean hyphenTemplate(String lower) {
    int from = 0;
    int parts = 0;
    for (int dash = lower.indexOf('-'); ; dash = lower.indexOf('-', from)) {
      String part = dash < 0 ? lower.substring(from) : lower.substring(from, dash);
      if (!TEMPLATE_PARTS.contains(part)) {
        return false;
      }
      parts++;
      if (dash < 0) {
        return parts >= 2;
      }
      from = dash + 1;
    }
  }

  private static Set<String> parts(Lexicon lexicon) {
    Set<String> parts = new HashSet<>();
    for (LexiconEntry entry : lexicon.entries()) {
      parts.addAll(entry.tokens());
    }
    return Set.copyOf(parts);
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.RIGID_FORMAT,
            request("Thanks Ravi. What is your travel date in DD/MM/YYYY format?"),
            request("Thanks Ravi. What date are you travelling? Any format is fine.")));
  }

  private static ScoreRequest request(String draft) {
    return ScoreRequest.builder()
        .channel(Channel.MESSAGING)
        .customerSays("2026-11-20T08:50:00Z", "I need to add travel cover to my policy please.")
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }
}
