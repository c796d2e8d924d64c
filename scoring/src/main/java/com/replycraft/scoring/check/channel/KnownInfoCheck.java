package com.replycraft.scoring.check.channel;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.Replies;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import com.replycraft.scoring.thread.Channel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * ASKED_FOR_KNOWN_INFO: the reply asks for something the customer already gave in the thread. What
 * the customer gave is read from their messages: a reference ("my order 55812", "booking AB12CD")
 * with the word that names it, an email address, a phone number, an attachment they say they sent,
 * their date of birth, the last digits of a card or account ("my card ends 4471"), or a description
 * of the problem. The request is a question or request cue plus the thing asked for, in one
 * sentence; asking for something new or better ("another photo", "a clearer screenshot") or
 * re-reading the value back ("is 55812 your order number?") is fine.
 */
public final class KnownInfoCheck implements Check {

  private static final Lexicon ASK_IDENTIFIER = Lexicon.named("ask-identifier");
  private static final Lexicon IDENTIFIER_NOUN = Lexicon.named("identifier-noun");
  private static final Lexicon ASK_EMAIL = Lexicon.named("ask-email");
  private static final Lexicon ASK_PHONE = Lexicon.named("ask-phone");
  private static final Lexicon ASK_ATTACHMENT = Lexicon.named("ask-attachment");
  private static final Lexicon ATTACHMENT_GIVEN = Lexicon.named("attachment-given");
  private static final Lexicon ASK_PROBLEM = Lexicon.named("ask-problem");
  private static final Lexicon BIRTH_DATE = Lexicon.named("ask-birth-date");
  private static final Lexicon CARD_ENDING = Lexicon.named("ask-card-ending");
  private static final Lexicon CARD_ENDING_GIVEN = Lexicon.named("card-ending-given");
  private static final Lexicon EXTRA = Lexicon.named("known-info-extra");
  private static final Lexicon NO_NEED = Lexicon.named("no-need");

  /** Words that name any kind of reference, so they match whatever kind the customer gave. */
  private static final Set<String> GENERIC_REFERENCE = Set.of("reference", "ref", "confirmation");

  /** A customer message with at least this many words has described their problem. */
  private static final int DESCRIBED_WORDS = 12;

  private static final int PHONE_DIGITS = 8;

  private static final Set<String> CURRENCY = Set.of("$", "£", "€", "¥", "₹", "aud", "usd");

  @Override
  public String id() {
    return "ASKED_FOR_KNOWN_INFO";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.ASKED_FOR_KNOWN_INFO);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    List<AnalyzedMessage> customer = context.thread().customerMessages();
    if (customer.isEmpty()) {
      return List.of();
    }
    Known known = known(customer);
    AnalyzedText reply = context.reply();
    int n = reply.sentences().size();
    boolean[] requests = Replies.requestSentences(reply);
    boolean[] skip = new boolean[n];
    for (Lexicon lexicon : List.of(EXTRA, NO_NEED)) {
      for (PhraseMatch match : lexicon.find(reply)) {
        skip[match.sentenceIn(reply)] = true;
      }
    }
    for (Sentence sentence : reply.sentences()) {
      skip[sentence.index()] |= !requests[sentence.index()] || hasIdentifier(reply, sentence);
    }
    List<Finding> findings = new ArrayList<>();
    for (PhraseMatch ask : ASK_IDENTIFIER.find(reply)) {
      String kind = reply.tokens().get(ask.firstToken()).lower();
      boolean given =
          known.referenceNouns.contains(kind)
              || (GENERIC_REFERENCE.contains(kind) && !known.referenceNouns.isEmpty());
      add(findings, skip, reply, ask, given, "their reference");
    }
    for (PhraseMatch ask : ASK_EMAIL.find(reply)) {
      add(findings, skip, reply, ask, known.email, "their email address");
    }
    for (PhraseMatch ask : ASK_PHONE.find(reply)) {
      add(findings, skip, reply, ask, known.phone, "their phone number");
    }
    for (PhraseMatch ask : ASK_ATTACHMENT.find(reply)) {
      add(findings, skip, reply, ask, known.attachment, "the file or photo");
    }
    for (PhraseMatch ask : BIRTH_DATE.find(reply)) {
      add(findings, skip, reply, ask, known.birthDate, "their date of birth");
    }
    for (PhraseMatch ask : CARD_ENDING.find(reply)) {
      add(findings, skip, reply, ask, known.cardEnding, "the last digits of their card");
    }
    for (PhraseMatch ask : ASK_PROBLEM.find(reply)) {
      add(findings, skip, reply, ask, known.described, "a description of the problem");
    }
    findings.sort(java.util.Comparator.comparingInt(Finding::start));
    return findings;
  }

  private static void add(
      List<Finding> findings,
      boolean[] skip,
      AnalyzedText reply,
      PhraseMatch ask,
      boolean given,
      String what) {
    int s = ask.sentenceIn(reply);
    if (!given || skip[s] || !Replies.affirmed(ask, reply)) {
      return;
    }
    skip[s] = true;
    findings.add(
        Finding.of(
            FindingCode.ASKED_FOR_KNOWN_INFO,
            Severity.MAJOR,
            ask.start(),
            ask.end(),
            "The customer already gave "
                + what
                + " in the thread, so asking for it again makes them repeat themselves.",
            "Use what they already sent (" + what + ") and say you have it, instead of asking."));
  }

  private record Known(
      Set<String> referenceNouns,
      boolean email,
      boolean phone,
      boolean attachment,
      boolean described,
      boolean birthDate,
      boolean cardEnding) {}

  private static Known known(List<AnalyzedMessage> customer) {
    Set<String> nouns = new HashSet<>();
    boolean email = false;
    boolean phone = false;
    boolean attachment = false;
    boolean described = false;
    boolean birthDate = false;
    boolean cardEnding = false;
    for (AnalyzedMessage message : customer) {
      AnalyzedText text = message.text();
      List<PhraseMatch> nounMatches = IDENTIFIER_NOUN.find(text);
      for (Sentence sentence : text.sentences()) {
        if (!hasIdentifier(text, sentence)) {
          continue;
        }
        for (PhraseMatch noun : nounMatches) {
          if (noun.sentenceIn(text) == sentence.index()) {
            nouns.add(text.tokens().get(noun.firstToken()).lower());
          }
        }
      }
      email |= hasEmail(text);
      phone |= hasPhone(text);
      attachment |= ATTACHMENT_GIVEN.affirmedIn(text);
      described |= text.words().size() >= DESCRIBED_WORDS;
      birthDate |= statedWith(text, BIRTH_DATE, 1, 8);
      cardEnding |= statedWith(text, CARD_ENDING_GIVEN, 3, 4);
    }
    return new Known(nouns, email, phone, attachment, described, birthDate, cardEnding);
  }

  /**
   * True when a sentence of the customer's names the datum (a cue of {@code cues}) and gives a
   * number of {@code minDigits} to {@code maxDigits} digits within a few words after it: "my date
   * of birth is 9 March 1984", "my card ends 4471". Negated cues ("I don't know my DOB") give none.
   */
  private static boolean statedWith(AnalyzedText text, Lexicon cues, int minDigits, int maxDigits) {
    List<Token> tokens = text.tokens();
    for (PhraseMatch cue : cues.find(text)) {
      if (cue.negatedIn(text) || cue.quotedIn(text)) {
        continue;
      }
      int sentence = cue.sentenceIn(text);
      for (int i = cue.endToken(); i < tokens.size() && i <= cue.endToken() + 5; i++) {
        Token token = tokens.get(i);
        if (token.sentence() != sentence) {
          break;
        }
        int digits = digits(token.lower());
        if (token.kind() == TokenKind.NUMBER && digits >= minDigits && digits <= maxDigits) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A reference-like token: letters with digits ("AB12CD", "ORD-5581"), 5+ digits (so years and
   * small amounts are not references), or "#123"; never an amount ("$12000").
   */
  private static boolean hasIdentifier(AnalyzedText text, Sentence sentence) {
    List<Token> tokens = text.tokensOf(sentence);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String lower = token.lower();
      if (token.kind() == TokenKind.NUMBER) {
        boolean plain = lower.indexOf('/') < 0 && lower.indexOf(':') < 0 && lower.indexOf('.') < 0;
        String before = i > 0 ? tokens.get(i - 1).lower() : "";
        boolean hashed = before.equals("#");
        boolean money = CURRENCY.contains(before);
        if (plain && !money && (digits(lower) >= 5 || (hashed && digits(lower) >= 3))) {
          return true;
        }
      } else if (token.isWord() && lower.length() >= 5 && digits(lower) >= 2) {
        return true;
      }
    }
    return false;
  }

  /** The analyser keeps an email address as one opaque SYMBOL token ("sam@example.com"). */
  private static boolean hasEmail(AnalyzedText text) {
    for (Token token : text.tokens()) {
      if (token.kind() == TokenKind.SYMBOL && token.text().indexOf('@') > 0) {
        return true;
      }
    }
    return false;
  }

  /** A run of numbers (with spaces, dashes, "+" or brackets) of at least eight digits. */
  private static boolean hasPhone(AnalyzedText text) {
    int run = 0;
    int lastEnd = -1;
    for (Token token : text.tokens()) {
      boolean joined = lastEnd >= 0 && token.start() - lastEnd <= 1;
      if (token.kind() == TokenKind.NUMBER && digits(token.lower()) == token.lower().length()) {
        run = joined ? run + digits(token.lower()) : digits(token.lower());
        if (run >= PHONE_DIGITS) {
          return true;
        }
        lastEnd = token.end();
      } else if ("+()-".contains(token.lower()) && token.lower().length() == 1) {
        lastEnd = joined || run == 0 ? token.end() : -1;
      } else {
        run = 0;
        lastEnd = -1;
      }
    }
    return false;
  }

  private static int digits(String s) {
    int count = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.ASKED_FOR_KNOWN_INFO,
            request("Hi Tom, sorry to hear that. Could you send me your order number?"),
            request("Hi Tom, I've found order 55812 and a replacement ships today.")));
  }

  private static ScoreRequest request(String draft) {
    return ScoreRequest.builder()
        .channel(Channel.EMAIL)
        .customerSays(
            "2026-11-20T08:00:00Z", "My order 55812 arrived with a cracked screen. What now?")
        .draftAt("2026-11-20T09:00:00Z")
        .draft(draft)
        .build();
  }
}
