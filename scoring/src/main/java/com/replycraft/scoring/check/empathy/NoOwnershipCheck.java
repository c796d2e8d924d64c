package com.replycraft.scoring.check.empathy;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.lexicon.LexiconEntry;
import com.replycraft.scoring.lexicon.PhraseMatch;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.Sentence;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import com.replycraft.scoring.thread.Channel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * NO_OWNERSHIP: the reply hides who failed or pushes the problem away where the agent should own
 * it. Two shapes: an agentless passive about the business's failure (a be-verb, optionally a
 * misstep adverb, and a failure participle, with no "by ..." agent: "mistakes were made", "your
 * claim was overlooked", "you were wrongly charged", "the issue has been escalated", "an error
 * occurred"), and deflection ("it's not our department", "it's out of our hands", "you'll need to
 * contact the courier yourself"). A sentence that also owns the failure ("our mistake", "on our
 * side") or commits the agent ("I'll chase it today") is left alone, as are negated and quoted
 * uses.
 */
public final class NoOwnershipCheck implements Check {

  private static final Lexicon DEFLECTION = Lexicon.named("deflection");
  private static final Lexicon OWNED = Lexicon.named("ownership-markers");
  private static final Lexicon COMMITTED = Lexicon.named("ownership-commitments");
  private static final Set<String> FAILURE_NOUNS = words("ownership-failure-nouns");
  private static final Set<String> FAILURE_VERBS = words("ownership-failure-verbs");
  private static final Set<String> HANDLING_VERBS = words("ownership-handling-verbs");
  private static final Set<String> MISSTEP_ADVERBS = words("ownership-misstep-adverbs");
  private static final Set<String> FAILURE_ADJECTIVES = words("ownership-failure-adjectives");
  private static final Set<String> CONTRACTIONS =
      Set.of("it's", "that's", "there's", "what's", "who's", "he's", "she's", "here's", "let's");

  private static final Set<String> BE =
      Set.of("is", "are", "was", "were", "been", "be", "being", "got", "gets", "get", "getting");
  private static final Set<String> HAVE_BEEN = Set.of("has", "have", "had");
  private static final Set<String> IN_BETWEEN =
      Set.of("also", "then", "just", "already", "unfortunately", "somehow", "clearly", "again");
  private static final Set<String> INTRANSITIVE_FAILURE =
      Set.of("occurred", "occured", "happened", "arose", "crept");
  private static final Set<String> DETERMINERS =
      Set.of(
          "the", "your", "a", "an", "this", "that", "these", "those", "some", "my", "its", "their",
          "his", "her", "any", "several", "two", "few", "one", "our");
  private static final Set<String> PRONOUN_SUBJECTS =
      Set.of("you", "it", "they", "this", "that", "he", "she");
  private static final Map<String, String> OBJECT_FORM =
      Map.of("they", "them", "he", "him", "she", "her");
  private static final Map<String, String> PAST =
      Map.of("forgotten", "forgot", "given", "gave", "taken", "took", "shown", "showed");
  private static final Set<String> NON_AGENTS =
      Set.of(
          "system",
          "systems",
          "computer",
          "software",
          "algorithm",
          "automation",
          "mistake",
          "error",
          "accident",
          "itself");
  private static final Set<String> IRREGULAR_PAST =
      Set.of("sent", "sold", "told", "cut", "put", "left", "set", "made", "given", "taken");
  private static final Set<String> SECOND_PERSON_OBLIGATION =
      Set.of("you'll", "you'd", "you", "you've", "please");
  private static final Set<String> OBLIGATION_VERBS = Set.of("need", "have", "must", "should");
  private static final Set<String> CONTACT_VERBS =
      Set.of(
          "contact", "call", "ring", "phone", "email", "chase", "speak", "talk", "reach", "raise");
  private static final Set<String> ON_YOUR_OWN = Set.of("yourself", "directly");
  private static final Set<String> BUSINESS_SIDE = Set.of("me", "us", "our", "my", "we");

  private static final String MESSAGE_PASSIVE =
      "\"%s\" hides who got it wrong; an agentless passive about the failure reads as evasive.";
  private static final String MESSAGE_DEFLECTION =
      "\"%s\" pushes the problem away from the business instead of owning it.";

  @Override
  public String id() {
    return "NO_OWNERSHIP";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.NO_OWNERSHIP);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    AnalyzedText reply = context.reply();
    List<Finding> findings = new ArrayList<>();
    Set<Integer> flaggedSentences = new HashSet<>();
    Set<Integer> owned = sentencesWith(reply, OWNED);
    Set<Integer> committed = sentencesWith(reply, COMMITTED);
    for (Sentence sentence : reply.sentences()) {
      if (owned.contains(sentence.index())) {
        continue;
      }
      Finding passive = agentlessPassive(reply, sentence);
      if (passive != null) {
        findings.add(passive);
        flaggedSentences.add(sentence.index());
      }
    }
    for (PhraseMatch match : DEFLECTION.find(reply)) {
      int sentence = match.sentenceIn(reply);
      if (match.quotedIn(reply)
          || reply.tokens().get(match.firstToken()).negated()
          || committed.contains(sentence)
          || owned.contains(sentence)
          || !flaggedSentences.add(sentence)) {
        continue;
      }
      String said = reply.slice(match.start(), match.end());
      Finding finding =
          Finding.of(
              FindingCode.NO_OWNERSHIP,
              Severity.MAJOR,
              match.start(),
              match.end(),
              MESSAGE_DEFLECTION.formatted(said),
              "Own the next step: \"I'll take this to our billing team myself and update you by"
                  + " 3 pm tomorrow.\"");
      String replacement = match.entry().replacement();
      findings.add(replacement == null ? finding : finding.withReplacement(replacement));
    }
    for (Sentence sentence : reply.sentences()) {
      if (!flaggedSentences.contains(sentence.index()) && !committed.contains(sentence.index())) {
        Finding sendOff = sentElsewhere(reply, sentence);
        if (sendOff == null) {
          sendOff = someoneElsesFault(reply, sentence);
        }
        if (sendOff != null) {
          findings.add(sendOff);
        }
      }
    }
    return findings;
  }

  /** "mistakes were made", "your refund was overlooked", "an error occurred". */
  private static @Nullable Finding agentlessPassive(AnalyzedText reply, Sentence sentence) {
    List<Token> tokens = reply.tokensOf(sentence);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (!token.isWord() || token.quoted()) {
        continue;
      }
      if (INTRANSITIVE_FAILURE.contains(token.lower()) && !token.negated()) {
        int noun = failureNounBefore(tokens, i);
        if (noun >= 0) {
          int subject = subjectStart(tokens, noun);
          return passiveFinding(
              reply, tokens, subject, i, intransitiveFix(reply, tokens, subject, noun));
        }
        continue;
      }
      if (!BE.contains(token.lower())) {
        continue;
      }
      int j = i + 1;
      boolean misstep = false;
      while (j < tokens.size()
          && tokens.get(j).isWord()
          && (IN_BETWEEN.contains(tokens.get(j).lower())
              || MISSTEP_ADVERBS.contains(tokens.get(j).lower()))) {
        misstep |= MISSTEP_ADVERBS.contains(tokens.get(j).lower());
        j++;
      }
      if (j >= tokens.size() || !tokens.get(j).isWord() || tokens.get(j).negated()) {
        continue;
      }
      String participle = tokens.get(j).lower();
      int aux = auxStart(tokens, i);
      misstep |= misstepAfter(tokens, j);
      boolean failure =
          FAILURE_VERBS.contains(participle)
              || (looksPast(participle) && (misstep || failureAdjectiveBefore(tokens, aux)));
      boolean handled = HANDLING_VERBS.contains(participle) && failureNounBefore(tokens, aux) >= 0;
      if (!(failure || handled) || agentAfter(tokens, j) || firstPersonSubject(tokens, aux)) {
        continue;
      }
      int subject = subjectStart(tokens, aux);
      String fix = activeFix(reply, tokens, subject, aux, i, j, handled && !failure);
      return passiveFinding(reply, tokens, subject, j, fix);
    }
    return null;
  }

  private static Finding passiveFinding(
      AnalyzedText reply, List<Token> tokens, int from, int to, @Nullable String fix) {
    int start = tokens.get(from).start();
    int end = tokens.get(to).end();
    if (to + 1 < tokens.size() && tokens.get(to + 1).lower().equals("up")) {
      end = tokens.get(to + 1).end();
    }
    String said = reply.slice(start, end);
    Finding finding =
        Finding.of(
            FindingCode.NO_OWNERSHIP,
            Severity.MAJOR,
            start,
            end,
            MESSAGE_PASSIVE.formatted(said),
            "Say who did it and own it: "
                + (fix != null ? "\"" + fix + "\"" : "\"we made a mistake\"")
                + ", then what you are doing about it.");
    return fix == null ? finding : finding.withReplacement(fix);
  }

  /** "you'll need to contact the courier yourself", "please call them directly". */
  private static @Nullable Finding sentElsewhere(AnalyzedText reply, Sentence sentence) {
    List<Token> tokens = reply.tokensOf(sentence);
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (!SECOND_PERSON_OBLIGATION.contains(token.lower()) || token.quoted()) {
        continue;
      }
      int verb = -1;
      for (int j = i + 1; j < tokens.size() && j <= i + 4; j++) {
        if (CONTACT_VERBS.contains(tokens.get(j).lower())) {
          verb = j;
          break;
        }
      }
      boolean asked = token.lower().equals("please") ? verb == i + 1 : obligation(tokens, i, verb);
      if (verb < 0 || !asked) {
        continue;
      }
      for (int k = verb + 1; k < tokens.size() && k <= verb + 8; k++) {
        String lower = tokens.get(k).lower();
        if (BUSINESS_SIDE.contains(lower) || tokens.get(k).kind() == TokenKind.PUNCTUATION) {
          break;
        }
        if (ON_YOUR_OWN.contains(lower)) {
          String said = reply.slice(token.start(), tokens.get(k).end());
          return Finding.of(
              FindingCode.NO_OWNERSHIP,
              Severity.MAJOR,
              token.start(),
              tokens.get(k).end(),
              MESSAGE_DEFLECTION.formatted(said),
              "Do the chasing for them: \"I'll contact them for you today and update you by 5"
                  + " pm tomorrow.\"");
        }
      }
    }
    return null;
  }

  private static boolean obligation(List<Token> tokens, int you, int verb) {
    if (tokens.get(you).lower().equals("you'll") || tokens.get(you).lower().equals("you'd")) {
      return true;
    }
    for (int k = you + 1; k < verb; k++) {
      if (OBLIGATION_VERBS.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "charged incorrectly", "sent in error", "closed by mistake". */
  private static boolean misstepAfter(List<Token> tokens, int participle) {
    for (int k = participle + 1; k < tokens.size() && k <= participle + 4; k++) {
      String lower = tokens.get(k).lower();
      if (tokens.get(k).kind() == TokenKind.PUNCTUATION) {
        return false;
      }
      if (MISSTEP_ADVERBS.contains(lower)) {
        return true;
      }
      if (k + 1 < tokens.size()) {
        String next = tokens.get(k + 1).lower();
        if ((lower.equals("in") && next.equals("error"))
            || (lower.equals("by") && (next.equals("mistake") || next.equals("accident")))) {
          return true;
        }
      }
    }
    return false;
  }

  /** "the wrong item was sent", "a duplicate payment was taken". */
  private static boolean failureAdjectiveBefore(List<Token> tokens, int aux) {
    for (int k = aux - 1; k >= 0 && k >= aux - 3; k--) {
      if (!tokens.get(k).isWord()) {
        return false;
      }
      if (FAILURE_ADJECTIVES.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** "it's the courier's fault", "that was their fault". */
  private static @Nullable Finding someoneElsesFault(AnalyzedText reply, Sentence sentence) {
    List<Token> tokens = reply.tokensOf(sentence);
    for (int i = 1; i < tokens.size(); i++) {
      Token fault = tokens.get(i);
      if (!fault.lower().equals("fault") || fault.quoted() || fault.negated()) {
        continue;
      }
      String owner = tokens.get(i - 1).lower();
      boolean possessive =
          owner.equals("their")
              || (owner.endsWith("'s") && !CONTRACTIONS.contains(owner))
              || owner.endsWith("s'");
      if (possessive) {
        int start = i >= 2 && tokens.get(i - 2).lower().equals("the") ? i - 2 : i - 1;
        String said = reply.slice(tokens.get(start).start(), fault.end());
        return Finding.of(
            FindingCode.NO_OWNERSHIP,
            Severity.MAJOR,
            tokens.get(start).start(),
            fault.end(),
            MESSAGE_DEFLECTION.formatted(said),
            "Whoever caused it, the customer is your customer: \"I'm sorry this happened; I've"
                + " taken it up with them and will update you by Friday.\"");
      }
    }
    return null;
  }

  private static int failureNounBefore(List<Token> tokens, int position) {
    for (int k = position - 1; k >= 0 && k >= position - 3; k--) {
      Token token = tokens.get(k);
      if (!token.isWord()) {
        return -1;
      }
      String lower = token.lower();
      String singular = lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
      if (FAILURE_NOUNS.contains(lower) || FAILURE_NOUNS.contains(singular)) {
        return k;
      }
    }
    return -1;
  }

  /** Start of the auxiliary chain ending at the be-verb: "has been", "will have been". */
  private static int auxStart(List<Token> tokens, int be) {
    int start = be;
    if (tokens.get(be).lower().equals("been")
        && be > 0
        && HAVE_BEEN.contains(tokens.get(be - 1).lower())) {
      start = be - 1;
    }
    return start;
  }

  /**
   * The subject noun phrase before the verb: a pronoun, or up to three words after a determiner.
   */
  private static int subjectStart(List<Token> tokens, int verb) {
    if (verb > 0 && PRONOUN_SUBJECTS.contains(tokens.get(verb - 1).lower())) {
      return verb - 1;
    }
    for (int k = verb - 1; k >= 0 && k >= verb - 4; k--) {
      Token token = tokens.get(k);
      if (!token.isWord() && token.kind() != TokenKind.NUMBER) {
        break;
      }
      if (DETERMINERS.contains(token.lower())) {
        return k;
      }
    }
    // A bare plural subject at the start of its clause: "Mistakes were made".
    if (verb > 0 && tokens.get(verb - 1).isWord()) {
      int k = verb - 1;
      if (k == 0 || !tokens.get(k - 1).isWord()) {
        return k;
      }
    }
    return verb;
  }

  private static boolean firstPersonSubject(List<Token> tokens, int aux) {
    if (aux == 0) {
      return false;
    }
    String before = tokens.get(aux - 1).lower();
    return before.equals("i") || before.equals("we");
  }

  private static boolean agentAfter(List<Token> tokens, int participle) {
    for (int k = participle + 1; k < tokens.size(); k++) {
      if (tokens.get(k).lower().equals("by")) {
        int agent = k + 1;
        while (agent < tokens.size() && DETERMINERS.contains(tokens.get(agent).lower())) {
          agent++;
        }
        // "by the system" or "by mistake" still hides who is responsible.
        return agent < tokens.size() && !NON_AGENTS.contains(tokens.get(agent).lower());
      }
    }
    return false;
  }

  private static boolean looksPast(String word) {
    return word.endsWith("ed") || PAST.containsKey(word) || IRREGULAR_PAST.contains(word);
  }

  /** "your claim was overlooked" → "we overlooked your claim". */
  private static @Nullable String activeFix(
      AnalyzedText reply,
      List<Token> tokens,
      int subject,
      int aux,
      int be,
      int participle,
      boolean handling) {
    if (subject >= aux) {
      return null;
    }
    String object = objectForm(reply, tokens, subject, aux);
    StringBuilder adverbs = new StringBuilder();
    for (int k = be + 1; k < participle; k++) {
      if (MISSTEP_ADVERBS.contains(tokens.get(k).lower())) {
        adverbs.append(tokens.get(k).lower()).append(' ');
      }
    }
    String verb = tokens.get(participle).lower();
    boolean perfect = aux < be;
    String who = handling && !verb.equals("made") && !verb.equals("caused") ? "I" : "we";
    String head =
        perfect
            ? who + "'ve " + adverbs + verb
            : who + " " + adverbs + PAST.getOrDefault(verb, verb);
    if (participle + 1 < tokens.size() && tokens.get(participle + 1).lower().equals("up")) {
      head += " up";
    }
    String fix = head + " " + object;
    return capitaliseIfFirst(tokens, subject, fix);
  }

  /** "an error occurred" → "we made an error". */
  private static @Nullable String intransitiveFix(
      AnalyzedText reply, List<Token> tokens, int subject, int noun) {
    String lower = tokens.get(noun).lower();
    if (!lower.startsWith("mistake") && !lower.startsWith("error") && !lower.startsWith("mix")) {
      return null;
    }
    String fix = "we made " + objectForm(reply, tokens, subject, noun + 1);
    return capitaliseIfFirst(tokens, subject, fix);
  }

  private static String objectForm(AnalyzedText reply, List<Token> tokens, int from, int to) {
    if (to - from == 1) {
      String lower = tokens.get(from).lower();
      if (PRONOUN_SUBJECTS.contains(lower)) {
        return OBJECT_FORM.getOrDefault(lower, lower);
      }
      if (lower.equals("mistakes")) {
        return "a mistake";
      }
      if (lower.equals("errors")) {
        return "an error";
      }
    }
    String phrase = reply.slice(tokens.get(from).start(), tokens.get(to - 1).end());
    Token first = tokens.get(from);
    return first.isCapitalised() && !first.isAllCaps()
        ? Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1)
        : phrase;
  }

  private static String capitaliseIfFirst(List<Token> tokens, int subject, String fix) {
    boolean first = subject == 0;
    return first ? Character.toUpperCase(fix.charAt(0)) + fix.substring(1) : fix;
  }

  private static Set<Integer> sentencesWith(AnalyzedText reply, Lexicon lexicon) {
    Set<Integer> sentences = new HashSet<>();
    for (PhraseMatch match : lexicon.find(reply)) {
      if (!match.negatedIn(reply) && !match.quotedIn(reply)) {
        sentences.add(match.sentenceIn(reply));
      }
    }
    return sentences;
  }

  private static Set<String> words(String lexicon) {
    Set<String> words = new HashSet<>();
    for (LexiconEntry entry : Lexicon.named(lexicon).entries()) {
      words.add(String.join("", entry.tokens()));
    }
    return Set.copyOf(words);
  }

  @Override
  public List<CheckExample> examples() {
    String customer = "You charged my card twice for the same order and nobody has replied.";
    return List.of(
        new CheckExample(
            FindingCode.NO_OWNERSHIP,
            ScoreRequest.builder()
                .channel(Channel.EMAIL)
                .customerSays("2026-11-19T10:00:00Z", customer)
                .draftAt("2026-11-19T12:00:00Z")
                .draft(
                    "Mistakes were made with the double charge on your card. The refund is on its"
                        + " way.")
                .build(),
            ScoreRequest.builder()
                .channel(Channel.EMAIL)
                .customerSays("2026-11-19T10:00:00Z", customer)
                .draftAt("2026-11-19T12:00:00Z")
                .draft(
                    "We made a mistake with the double charge on your card. I've refunded it today.")
                .build()));
  }
}
