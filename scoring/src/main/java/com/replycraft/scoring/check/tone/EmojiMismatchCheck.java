package com.replycraft.scoring.check.tone;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.escalation.CustomerMood;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * EMOJI_MISMATCH: cheerful emoji (😊 🙂 🎉 👍 ❤️ :) :D) or cheerful exclamations ("Great!", "No
 * worries!"; {@code cheerful-reply.txt}) in a reply to a customer who is frustrated or distressed
 * ({@link CustomerMood#upset()}), unless the customer's latest message is itself pleased. The
 * replacement removes the emoji or the exclamation.
 */
public final class EmojiMismatchCheck implements Check {

  private static final Lexicon CHEER = Lexicon.named("cheerful-reply");
  private static final Set<String> CHEERFUL_EMOJI =
      Set.of(
          "😊", "🙂", "😀", "😁", "😄", "😃", "😆", "😅", "🤗", "🥳", "🎉", "🎊", "👍", "👌", "🙌",
          "💪", "✨", "🌟", "⭐", "❤", "💕", "💖", "💙", "💜", "💚", "🧡", "💛", "😍", "🥰", "😘",
          "😉", "😎", "🤩", "😸", "😺", "🌈", "☺", ":)", ":-)", ":d", ":-d", ";)", ";-)", ":p",
          ":-p", "<3");

  @Override
  public String id() {
    return "EMOJI_MISMATCH";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.EMOJI_MISMATCH);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    if (!hasCheerCandidate(reply)) {
      return List.of();
    }
    CustomerMood mood = CustomerMood.of(context.thread());
    if (!mood.upset() || mood.pleased()) {
      return List.of();
    }
    String feeling = mood.distressed() ? "distressed" : "frustrated";
    List<Finding> findings = new ArrayList<>();
    for (Token token : reply.tokens()) {
      if (token.kind() == TokenKind.EMOJI && !token.quoted() && isCheerful(token.lower())) {
        int[] span = withOneSpace(reply.text(), token.start(), token.end());
        findings.add(
            Finding.of(
                    FindingCode.EMOJI_MISMATCH,
                    Severity.MAJOR,
                    span[0],
                    span[1],
                    "A cheerful "
                        + token.text()
                        + " reads as flippant to a "
                        + feeling
                        + " customer.",
                    "Remove the emoji and let the words carry the warmth.")
                .withReplacement(""));
      }
    }
    for (PhraseMatch match : CHEER.find(reply)) {
      // "No worries!" carries its own negator: only a negated first word ("not great!") is skipped.
      if (match.quotedIn(reply) || reply.tokens().get(match.firstToken()).negated()) {
        continue;
      }
      String phrase = reply.slice(match.start(), match.end());
      int end = match.end();
      while (end < reply.text().length() && reply.text().charAt(end) == ' ') {
        end++;
      }
      String replacement = match.entry().replacement() == null ? "" : match.entry().replacement();
      findings.add(
          Finding.of(
                  FindingCode.EMOJI_MISMATCH,
                  Severity.MAJOR,
                  match.start(),
                  end,
                  "\"" + phrase + "\" sounds cheerful to a " + feeling + " customer.",
                  "Drop the exclamation and say plainly what you have done.")
              .withReplacement(replacement));
    }
    return findings;
  }

  private static boolean hasCheerCandidate(AnalyzedText reply) {
    for (Token token : reply.tokens()) {
      if (token.kind() == TokenKind.EMOJI || token.text().equals("!")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCheerful(String emoji) {
    if (CHEERFUL_EMOJI.contains(emoji)) {
      return true;
    }
    for (String cheerful : CHEERFUL_EMOJI) {
      if (emoji.startsWith(cheerful)) {
        return true;
      }
    }
    return false;
  }

  /** The emoji with one neighbouring space, so removing it leaves no double space. */
  private static int[] withOneSpace(String text, int start, int end) {
    if (start > 0 && text.charAt(start - 1) == ' ') {
      return new int[] {start - 1, end};
    }
    if (end < text.length() && text.charAt(end) == ' ') {
      return new int[] {start, end + 1};
    }
    return new int[] {start, end};
  }

  @Override
  public List<CheckExample> examples() {
    String angry =
        "This is the third time my parcel has gone missing. Absolutely ridiculous service.";
    return List.of(
        new CheckExample(
            FindingCode.EMOJI_MISMATCH,
            ScoreRequest.builder()
                .channel(com.replycraft.scoring.thread.Channel.MESSAGING)
                .customerSays("2026-11-20T08:00:00Z", angry)
                .draftAt("2026-11-20T08:30:00Z")
                .draft("We've sent a replacement parcel today 😊")
                .build(),
            ScoreRequest.builder()
                .channel(com.replycraft.scoring.thread.Channel.MESSAGING)
                .customerSays("2026-11-20T08:00:00Z", angry)
                .draftAt("2026-11-20T08:30:00Z")
                .draft("We've sent a replacement parcel today.")
                .build()));
  }
}
