package com.replycraft.scoring.check.clarity;

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
import com.replycraft.scoring.text.Span;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * WALL_OF_TEXT: a paragraph longer than the channel's {@code wallOfTextWords} with no break, or
 * steps told inline ("first ..., then ..., after that ..., finally ..." or "1) ... 2) ...") where a
 * list would let the customer follow along ({@code lexicon/step-markers.txt}). One finding per
 * paragraph; the replacement breaks a long paragraph between sentences, or puts inline numbered
 * steps on their own lines.
 */
public final class WallOfTextCheck implements Check {

  private static final Lexicon STEP_MARKERS = Lexicon.named("step-markers");

  /** Markers that open or close a sequence; "then" alone is too common to mean steps. */
  private static final Set<String> BOUNDARY_MARKERS =
      Set.of("first", "firstly", "to", "start", "begin", "step", "finally", "lastly", "secondly");

  /** Step markers that make a sequence by themselves, without an opening or closing marker. */
  static final int CHAINED_STEPS = 4;

  @Override
  public String id() {
    return "WALL_OF_TEXT";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.WALL_OF_TEXT);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    int limit = context.profile().wallOfTextWords();
    List<PhraseMatch> markers = STEP_MARKERS.find(reply);
    List<Finding> findings = new ArrayList<>();
    for (Span paragraph : reply.paragraphs()) {
      if (reply.isQuoted(paragraph.start(), paragraph.end())) {
        continue;
      }
      int words = 0;
      List<Token> inlineNumbers = new ArrayList<>();
      List<Token> tokens = reply.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.start() < paragraph.start() || t.end() > paragraph.end()) {
          continue;
        }
        if (t.isWord() || t.kind() == TokenKind.NUMBER) {
          words++;
        }
        if (t.kind() == TokenKind.NUMBER
            && t.start() > paragraph.start()
            && i + 1 < tokens.size()
            && tokens.get(i + 1).text().equals(")")
            && tokens.get(i + 1).start() == t.end()
            && t.text().length() <= 2) {
          inlineNumbers.add(t);
        }
      }
      int stepMarkers = 0;
      boolean boundary = false;
      for (PhraseMatch marker : markers) {
        if (paragraph.covers(marker.start(), marker.end()) && !marker.quotedIn(reply)) {
          stepMarkers++;
          boundary |= BOUNDARY_MARKERS.contains(marker.entry().tokens().get(0));
        }
      }
      // "... and then edit ... and then save ... and then upload ... and then test": a chain of
      // "then"s is a list of steps even without "first" or "finally".
      boolean inlineSteps =
          inlineNumbers.size() >= 2 || stepMarkers >= 3 && boundary || stepMarkers >= CHAINED_STEPS;
      if (words > limit) {
        findings.add(
            Finding.of(
                    FindingCode.WALL_OF_TEXT,
                    Severity.MAJOR,
                    paragraph.start(),
                    paragraph.end(),
                    "This paragraph runs "
                        + words
                        + " words without a break; on this channel keep blocks under "
                        + limit
                        + ".",
                    inlineSteps
                        ? "Put the steps in a numbered list and the rest in short paragraphs."
                        : "Break it into short paragraphs, one point each.")
                .withReplacement(broken(reply, paragraph, limit)));
      } else if (inlineSteps && words >= 20) {
        Finding finding =
            Finding.of(
                FindingCode.WALL_OF_TEXT,
                Severity.MAJOR,
                paragraph.start(),
                paragraph.end(),
                "The steps are told inline, so the customer has to untangle them while following"
                    + " along.",
                "Put each step on its own numbered line: \"1. ...\", \"2. ...\", \"3. ...\".");
        findings.add(
            inlineNumbers.size() >= 2
                ? finding.withReplacement(listed(reply, paragraph, inlineNumbers))
                : finding);
      }
    }
    return findings;
  }

  /** The paragraph with a blank line after every sentence that closes about half a block. */
  private static String broken(AnalyzedText reply, Span paragraph, int limit) {
    StringBuilder out = new StringBuilder();
    int words = 0;
    int at = paragraph.start();
    for (Sentence sentence : reply.sentences()) {
      if (sentence.start() < paragraph.start() || sentence.end() > paragraph.end()) {
        continue;
      }
      words += sentence.words();
      if (words >= limit / 2 && sentence.end() < paragraph.end()) {
        out.append(reply.text(), at, sentence.end()).append("\n\n");
        at = sentence.end();
        while (at < paragraph.end() && Character.isWhitespace(reply.text().charAt(at))) {
          at++;
        }
        words = 0;
      }
    }
    return out.append(reply.text(), at, paragraph.end()).toString();
  }

  /** "Do a 1) x 2) y" -> each "N)" on its own line. */
  private static String listed(AnalyzedText reply, Span paragraph, List<Token> numbers) {
    StringBuilder out = new StringBuilder();
    int at = paragraph.start();
    for (Token number : numbers) {
      int cut = number.start();
      while (cut > at && reply.text().charAt(cut - 1) == ' ') {
        cut--;
      }
      out.append(reply.text(), at, cut).append('\n');
      at = number.start();
    }
    return out.append(reply.text(), at, paragraph.end()).toString();
  }

  @Override
  public List<CheckExample> examples() {
    String inline =
        "To reset the router, first unplug it from the wall and wait thirty seconds, then plug it"
            + " back in and wait for the light to turn green, after that open the app and tap"
            + " Reconnect, and finally run the speed test again.";
    String listed =
        "To reset the router:\n\n1. Unplug it from the wall and wait thirty seconds.\n"
            + "2. Plug it back in and wait for the green light.\n3. Open the app and tap"
            + " Reconnect.\n4. Run the speed test again.";
    return List.of(
        new CheckExample(
            FindingCode.WALL_OF_TEXT,
            ScoreRequest.builder().draft(inline).build(),
            ScoreRequest.builder().draft(listed).build()));
  }
}
