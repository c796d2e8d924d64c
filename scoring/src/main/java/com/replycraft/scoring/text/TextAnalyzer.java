package com.replycraft.scoring.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Analyses a text once, in a fixed chain of small steps, each reading only what the steps before it
 * produced:
 *
 * <ol>
 *   <li>{@link #sentenceBounds sentences}: ICU4J's rule-based sentence iterator (with the English
 *       abbreviation suppressions), which keeps "a.m.", "Jan.", "e.g." and "Mr." inside their
 *       sentences and treats a line break as the end of a line-sized sentence (greetings, list
 *       items). ICU is used because its Unicode sentence rules (UAX #29) handle quotes, closing
 *       brackets, ellipses and non-Latin punctuation that a hand-written splitter gets wrong; a
 *       small pass then re-joins breaks after titles ("Dr.") and after "a.m."/"p.m." before a day
 *       name.
 *   <li>{@link #quotedSpans quoted passages}: text in straight or curly double quotes on one line,
 *       and email lines starting with {@code >}.
 *   <li>{@link #tokenize tokens}: one hand-written scan (no regex), classifying words (with inner
 *       hyphens and apostrophes: "can't", "AB-12345"), numbers ("12.50", "5pm", "12/03"), emoji and
 *       emoticons, punctuation and other symbols, with offsets into the original text. A URL or an
 *       email address is one SYMBOL token, so its dots and "?" never look like sentence ends.
 *   <li>{@link #markNegation negation scopes}.
 *   <li>sentences with their {@link #isQuestion question} flag.
 *   <li>paragraphs, {@link #specifics specifics} and {@link Readability readability}.
 * </ol>
 *
 * Thread-safe: it holds no shared mutable state (the ICU iterator is cloned from a prototype once
 * per thread, which is much cheaper than looking one up, and reset for each text).
 */
public final class TextAnalyzer {

  private static final BreakIterator SENTENCE_PROTOTYPE =
      BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));

  /**
   * One iterator per thread, cloned from the prototype once and reset by {@code setText} for each
   * text: cloning it for every text was a measurable share of a score.
   */
  private static final ThreadLocal<BreakIterator> SENTENCE_ITERATOR =
      ThreadLocal.withInitial(() -> (BreakIterator) SENTENCE_PROTOTYPE.clone());

  private static final Set<String> NEGATORS =
      Set.of(
          "not",
          "no",
          "never",
          "cannot",
          "without",
          "nothing",
          "nobody",
          "none",
          "neither",
          "nor",
          "hardly",
          "barely",
          "nowhere",
          "dont",
          "cant",
          "wont",
          "didnt",
          "doesnt",
          "isnt",
          "wasnt",
          "arent",
          "werent",
          "havent",
          "hasnt",
          "hadnt",
          "shouldnt",
          "wouldnt",
          "couldnt");

  /** Words after which a negation no longer reaches: "I can't help <b>but</b> apologise". */
  private static final Set<String> SCOPE_ENDERS =
      Set.of(
          "but",
          "however",
          "although",
          "though",
          "yet",
          "except",
          "because",
          "so",
          "instead",
          "unless",
          "until",
          "while",
          "whereas");

  /** "and"/"or"/"then" end the scope only when a new clause starts: "not happy and I want…". */
  private static final Set<String> CLAUSE_JOINERS = Set.of("and", "or", "then");

  private static final Set<String> SUBJECTS =
      Set.of(
          "i",
          "you",
          "we",
          "they",
          "he",
          "she",
          "it",
          "this",
          "that",
          "these",
          "those",
          "there",
          "my",
          "your",
          "our",
          "their",
          "his",
          "her",
          "its",
          "the",
          "someone",
          "somebody",
          "anyone",
          "anybody",
          "anything",
          "something",
          "everyone",
          "everything",
          "u",
          "i'm",
          "you're",
          "we're",
          "it's",
          "there's",
          "that's");

  private static final Set<String> PERSONAL_PRONOUNS =
      Set.of("i", "you", "we", "they", "he", "she", "u");

  private static final int MAX_NEGATION_SCOPE = 5;

  /** Auxiliaries that open a yes/no question when a subject follows: "Can you…", "Is it…". */
  private static final Set<String> AUXILIARIES =
      Set.of(
          "can",
          "could",
          "will",
          "would",
          "is",
          "are",
          "am",
          "was",
          "were",
          "do",
          "does",
          "did",
          "should",
          "shall",
          "may",
          "might",
          "have",
          "has",
          "had",
          "isn't",
          "aren't",
          "won't",
          "can't",
          "don't",
          "doesn't",
          "didn't",
          "wasn't",
          "haven't",
          "hasn't",
          "wouldn't",
          "couldn't",
          "shouldn't");

  private static final Set<String> WH_WORDS =
      Set.of("what", "when", "where", "why", "how", "who", "whom", "whose", "which");

  /** Words a customer puts before the question itself: "Hi, so, when will it ship". */
  private static final Set<String> LEAD_INS =
      Set.of(
          "hi", "hello", "hey", "ok", "okay", "so", "and", "but", "also", "well", "um", "sorry",
          "anyway", "btw", "right", "then", "now", "just", "yes", "no", "thanks");

  /** Questions asked without a question mark ("I'd like to know when it ships"). */
  private static final List<String> INDIRECT_QUESTIONS =
      List.of(
          "i'd like to know",
          "i would like to know",
          "i'd like to find out",
          "would like to know",
          "want to know",
          "need to know",
          "i wonder",
          "i'm wondering",
          "i was wondering",
          "wondering if",
          "wondering whether",
          "wondering when",
          "wondering why",
          "wondering how",
          "please advise",
          "please explain",
          "please tell me",
          "please confirm",
          "please let me know",
          "can you tell me",
          "could you tell me",
          "can you confirm",
          "could you confirm",
          "do you know",
          "any idea",
          "any update",
          "any updates",
          "any news",
          "not sure how",
          "not sure what",
          "not sure when",
          "not sure where",
          "not sure why",
          "not sure whether",
          "not sure if",
          "don't know how",
          "don't know what",
          "don't know where",
          "don't know why",
          "don't know when",
          "can't figure out",
          "cannot figure out",
          "can't work out",
          "is there any way",
          "is there a way");

  /** The indirect questions as word lists, indexed by their first word. */
  private static final Map<String, List<String[]>> INDIRECT_BY_FIRST_WORD = new HashMap<>();

  static {
    for (String phrase : INDIRECT_QUESTIONS) {
      String[] words = phrase.split(" ");
      INDIRECT_BY_FIRST_WORD.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
    }
  }

  private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "dear");

  private static final Set<String> EXCLAIMED =
      Set.of("nice", "kind", "lovely", "great", "awful", "annoying", "rude", "wonderful");

  /** After these, a period does not end the sentence ("Dr. Smith"). */
  private static final Set<String> TITLES =
      Set.of("dr", "mr", "mrs", "ms", "mx", "prof", "st", "sr", "jr", "messrs", "rev");

  /** Dates a reply can echo; "may" is left out, being far more often the modal verb. */
  private static final Set<String> CALENDAR_WORDS = calendarWords();

  private static Set<String> calendarWords() {
    Set<String> words = new HashSet<>(CalendarWords.WEEKDAYS);
    words.addAll(CalendarWords.MONTHS);
    words.remove("may");
    words.addAll(List.of("today", "tomorrow", "yesterday", "tonight"));
    return Set.copyOf(words);
  }

  private static final Set<String> NUMBER_SUFFIXES =
      Set.of("st", "nd", "rd", "th", "am", "pm", "h", "k", "m", "hrs", "hr", "min", "mins", "kg");

  public AnalyzedText analyze(String text) {
    List<int[]> sentenceBounds = sentenceBounds(text);
    List<Span> quoted = quotedSpans(text);
    List<RawToken> raw = tokenize(text, sentenceBounds, quoted);
    markNegation(raw);
    List<Token> tokens = new ArrayList<>(raw.size());
    for (RawToken t : raw) {
      tokens.add(
          new Token(
              t.index, t.start, t.end, t.text, t.lower, t.kind, t.sentence, t.negated, t.quoted));
    }
    List<Sentence> sentences = sentences(sentenceBounds, tokens);
    int syllables = 0;
    int words = 0;
    for (Token token : tokens) {
      if (token.isWord() || token.kind() == TokenKind.NUMBER) {
        words++;
        syllables += token.isWord() ? Readability.syllables(token.lower()) : 1;
      }
    }
    int countedSentences = 0;
    for (Sentence sentence : sentences) {
      if (sentence.words() > 0) {
        countedSentences++;
      }
    }
    return new AnalyzedText(
        text,
        tokens,
        sentences,
        paragraphs(text),
        quoted,
        specifics(tokens, sentences),
        Readability.of(words, countedSentences, syllables));
  }

  // ---- 1. sentences ------------------------------------------------------------------------

  private static List<int[]> sentenceBounds(String text) {
    BreakIterator iterator = SENTENCE_ITERATOR.get();
    iterator.setText(text);
    List<int[]> bounds = new ArrayList<>();
    int start = iterator.first();
    for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) {
        s++;
      }
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      if (e <= s) {
        continue;
      }
      if (!bounds.isEmpty() && continuesSentence(text, bounds.get(bounds.size() - 1), s)) {
        bounds.get(bounds.size() - 1)[1] = e;
      } else {
        bounds.add(new int[] {s, e});
      }
    }
    return bounds;
  }

  /** ICU broke after "Dr." or after "a.m." before "Monday"; glue the pieces back together. */
  private static boolean continuesSentence(String text, int[] previous, int nextStart) {
    int end = previous[1];
    if (end < 2 || text.charAt(end - 1) != '.') {
      return false;
    }
    for (int i = end; i < nextStart; i++) {
      if (text.charAt(i) == '\n') {
        return false;
      }
    }
    int wordStart = end - 1;
    while (wordStart > previous[0]
        && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
      wordStart--;
    }
    String word = text.substring(wordStart, end - 1).toLowerCase(Locale.ROOT);
    if (TITLES.contains(word)) {
      return true;
    }
    if (word.equals("a.m") || word.equals("p.m")) {
      int nextEnd = nextStart;
      while (nextEnd < text.length() && Character.isLetter(text.charAt(nextEnd))) {
        nextEnd++;
      }
      return CALENDAR_WORDS.contains(text.substring(nextStart, nextEnd).toLowerCase(Locale.ROOT));
    }
    return false;
  }

  // ---- 2. quoted passages ------------------------------------------------------------------

  private static List<Span> quotedSpans(String text) {
    List<Span> spans = new ArrayList<>();
    quotePairs(text, '"', '"', spans);
    quotePairs(text, '“', '”', spans);
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int first = lineStart;
      while (first < lineEnd && (text.charAt(first) == ' ' || text.charAt(first) == '\t')) {
        first++;
      }
      if (first < lineEnd && text.charAt(first) == '>') {
        spans.add(new Span(lineStart, lineEnd));
      }
      lineStart = lineEnd + 1;
    }
    spans.sort(Comparator.comparingInt(Span::start));
    return spans;
  }

  /** A pair of quotes on one line, at most 400 characters apart. Linear in the text's length. */
  private static void quotePairs(String text, char open, char close, List<Span> out) {
    int from = 0;
    int n = text.length();
    while (from < n) {
      int start = text.indexOf(open, from);
      if (start < 0) {
        return;
      }
      int end = -1;
      int limit = Math.min(n, start + 402);
      for (int i = start + 1; i < limit; i++) {
        char c = text.charAt(i);
        if (c == close) {
          end = i;
          break;
        }
        if (c == '\n') {
          break;
        }
      }
      if (end < 0 || end == start + 1) {
        from = start + 1;
        continue;
      }
      out.add(new Span(start, end + 1));
      from = end + 1;
    }
  }

  // ---- 3. tokens ---------------------------------------------------------------------------

  private static List<RawToken> tokenize(
      String text, List<int[]> sentenceBounds, List<Span> quoted) {
    List<RawToken> tokens = new ArrayList<>(text.length() / 4 + 4);
    int n = text.length();
    int i = 0;
    int sentence = 0;
    int quote = 0;
    while (i < n) {
      int c = text.codePointAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      TokenKind kind;
      int end;
      if ((end = linkEnd(text, i)) > i) {
        kind = TokenKind.SYMBOL; // a URL or email address is one opaque token, never a sentence
      } else if ((end = emojiEnd(text, i, c)) > i) {
        kind = TokenKind.EMOJI;
      } else if (Character.isDigit(c)) {
        end = numberEnd(text, i);
        kind = TokenKind.NUMBER;
        if (end < n && Character.isLetter(text.charAt(end))) {
          // "2FA", "4G", "1Z999AA1": letters glued to digits make a word, not a number.
          end = wordEnd(text, end);
          kind = TokenKind.WORD;
        }
      } else if (Character.isLetter(c)) {
        end = wordEnd(text, i);
        kind = TokenKind.WORD;
      } else {
        end = i + Character.charCount(c);
        kind = isPunctuation(c) ? TokenKind.PUNCTUATION : TokenKind.SYMBOL;
      }
      i = end;
      while (sentence < sentenceBounds.size() - 1 && start >= sentenceBounds.get(sentence)[1]) {
        sentence++;
      }
      while (quote < quoted.size() && quoted.get(quote).end() <= start) {
        quote++;
      }
      boolean inQuote = false;
      for (int q = quote; q < quoted.size() && quoted.get(q).start() <= start; q++) {
        if (quoted.get(q).covers(start, end)) {
          inQuote = true;
          break;
        }
      }
      String tokenText = text.substring(start, end);
      tokens.add(
          new RawToken(
              tokens.size(), start, end, tokenText, lower(tokenText), kind, sentence, inQuote));
    }
    return tokens;
  }

  private static String lower(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    // The shared instance of a lexicon word makes every later lookup an identity hit.
    return Vocabulary.canonical(lower.indexOf('’') >= 0 ? lower.replace('’', '\'') : lower);
  }

  /**
   * The end of a URL ("https://…", "www.…") or email address starting at {@code i}, or {@code i}.
   * Trailing sentence punctuation is left out: "see example.com/help." ends at "help".
   */
  static int linkEnd(String text, int i) {
    int n = text.length();
    if (i > 0 && isLinkChar(text.charAt(i - 1))) {
      return i; // only at the start of a run of non-space characters
    }
    char first = text.charAt(i);
    boolean maybeUrl = first == 'h' || first == 'H' || first == 'w' || first == 'W';
    int runEnd = i;
    int at = -1;
    while (runEnd < n && isLinkChar(text.charAt(runEnd))) {
      if (text.charAt(runEnd) == '@' && at < 0) {
        at = runEnd;
      }
      runEnd++;
    }
    if (runEnd - i < 5 || (!maybeUrl && at < 0)) {
      return i; // the common case: an ordinary word, decided without allocating
    }
    boolean url =
        maybeUrl
            && (text.regionMatches(true, i, "http://", 0, 7)
                || text.regionMatches(true, i, "https://", 0, 8)
                || text.regionMatches(true, i, "www.", 0, 4));
    boolean email =
        !url && at > i && Character.isLetterOrDigit(first) && hasInnerDot(text, at + 2, runEnd - 1);
    if (!url && !email) {
      return i;
    }
    while (runEnd > i && ".,;:!?)'\"".indexOf(text.charAt(runEnd - 1)) >= 0) {
      runEnd--;
    }
    return runEnd;
  }

  private static boolean hasInnerDot(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '.') {
        return true;
      }
    }
    return false;
  }

  private static boolean isLinkChar(char c) {
    return c > ' ' && c < 0x7F && c != '<' && c != '>' && c != '"' && c != '(' && c != '[';
  }

  /** Letters and digits, joined by inner hyphens or apostrophes: "can't", "AB-12345", "e-mail". */
  private static int wordEnd(String text, int i) {
    int n = text.length();
    while (true) {
      while (i < n) {
        int c = text.codePointAt(i);
        int type = Character.getType(c);
        if (Character.isLetterOrDigit(c)
            || type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK) {
          i += Character.charCount(c);
        } else {
          break;
        }
      }
      if (i + 1 < n && isJoiner(text.charAt(i)) && Character.isLetterOrDigit(text.charAt(i + 1))) {
        i++;
      } else {
        return i;
      }
    }
  }

  private static boolean isJoiner(char c) {
    return c == '-' || c == '\'' || c == '’';
  }

  /** Digits with inner separators ("1,200.50", "12/03/2026", "9:30") and a unit ("5pm", "3rd"). */
  private static int numberEnd(String text, int i) {
    int n = text.length();
    while (true) {
      while (i < n && Character.isDigit(text.charAt(i))) {
        i++;
      }
      if (i + 1 < n
          && ".,:/-".indexOf(text.charAt(i)) >= 0
          && Character.isDigit(text.charAt(i + 1))) {
        i++;
      } else {
        break;
      }
    }
    int suffixEnd = i;
    while (suffixEnd < n && Character.isLetter(text.charAt(suffixEnd))) {
      suffixEnd++;
    }
    if (suffixEnd > i
        && (suffixEnd == n || !Character.isLetterOrDigit(text.charAt(suffixEnd)))
        && NUMBER_SUFFIXES.contains(text.substring(i, suffixEnd).toLowerCase(Locale.ROOT))) {
      return suffixEnd;
    }
    return i;
  }

  /** Pictographic emoji (with variation selectors, skin tones and ZWJ sequences) and emoticons. */
  private static int emojiEnd(String text, int i, int c) {
    if (isPictograph(c)) {
      int end = i + Character.charCount(c);
      while (end < text.length()) {
        int next = text.codePointAt(end);
        if (next == 0xFE0F || (next >= 0x1F3FB && next <= 0x1F3FF)) {
          end += Character.charCount(next);
        } else if (next == 0x200D
            && end + 1 < text.length()
            && isPictograph(text.codePointAt(end + 1))) {
          end += 1 + Character.charCount(text.codePointAt(end + 1));
        } else {
          break;
        }
      }
      return end;
    }
    if ((c == ':' || c == ';') && i + 1 < text.length()) {
      int j = i + 1;
      if (text.charAt(j) == '-' && j + 1 < text.length()) {
        j++;
      }
      char mouth = text.charAt(j);
      if ("()DPp".indexOf(mouth) >= 0
          && (j + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)))
          && (i == 0
              || !Character.isLetterOrDigit(text.charAt(i - 1))
              || mouth == ')'
              || mouth == '(')) {
        return j + 1;
      }
    }
    if (c == '<' && i + 1 < text.length() && text.charAt(i + 1) == '3') {
      return i + 2;
    }
    return i;
  }

  private static boolean isPictograph(int c) {
    return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF);
  }

  private static boolean isPunctuation(int c) {
    return switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION,
          Character.DASH_PUNCTUATION,
          Character.START_PUNCTUATION,
          Character.END_PUNCTUATION,
          Character.INITIAL_QUOTE_PUNCTUATION,
          Character.FINAL_QUOTE_PUNCTUATION,
          Character.OTHER_PUNCTUATION ->
          true;
      default -> false;
    };
  }

  // ---- 4. negation -------------------------------------------------------------------------

  /**
   * A negator ("not", "never", "no", "can't") negates the next few words, up to punctuation, a
   * contrasting word ("but", "because") or a new clause ("and I…"): so "not <u>sorry</u>" is no
   * apology, "no <u>problem</u>" is no problem, "never <u>again</u>", while in "I can't <u>help</u>
   * but apologise" the apology stands.
   */
  private static void markNegation(List<RawToken> tokens) {
    int remaining = 0;
    for (int i = 0; i < tokens.size(); i++) {
      RawToken token = tokens.get(i);
      if (token.kind == TokenKind.PUNCTUATION && !token.lower.equals("-")) {
        remaining = 0;
        continue;
      }
      if (SCOPE_ENDERS.contains(token.lower)) {
        remaining = 0;
        continue;
      }
      if (CLAUSE_JOINERS.contains(token.lower)
          && i + 1 < tokens.size()
          && PERSONAL_PRONOUNS.contains(tokens.get(i + 1).lower)) {
        remaining = 0;
        continue;
      }
      if (isNegator(token.lower)) {
        remaining = MAX_NEGATION_SCOPE;
        continue;
      }
      if (remaining > 0 && token.kind == TokenKind.WORD) {
        token.negated = true;
        remaining--;
      }
    }
  }

  static boolean isNegator(String lower) {
    return NEGATORS.contains(lower) || lower.endsWith("n't");
  }

  // ---- 5. sentences and questions ----------------------------------------------------------

  private static List<Sentence> sentences(List<int[]> bounds, List<Token> tokens) {
    List<Sentence> sentences = new ArrayList<>(bounds.size());
    int tokenIndex = 0;
    for (int i = 0; i < bounds.size(); i++) {
      int first = tokenIndex;
      int words = 0;
      while (tokenIndex < tokens.size() && tokens.get(tokenIndex).sentence() == i) {
        TokenKind kind = tokens.get(tokenIndex).kind();
        if (kind == TokenKind.WORD || kind == TokenKind.NUMBER) {
          words++;
        }
        tokenIndex++;
      }
      sentences.add(
          new Sentence(
              i,
              bounds.get(i)[0],
              bounds.get(i)[1],
              first,
              tokenIndex,
              words,
              isQuestion(tokens.subList(first, tokenIndex))));
    }
    return sentences;
  }

  /**
   * A sentence asks something when it has a question mark, or when a clause opens with a question
   * word or with an auxiliary followed by a subject ("How do I get my refund", "can you check"), or
   * when it contains an indirect question ("I'd like to know when it ships", "any update"). Not
   * questions: "What a mess.", "Have a great day.", "When you get a chance, call us."
   */
  static boolean isQuestion(List<Token> tokens) {
    boolean clauseStart = true;
    // After a comma a wh-word usually opens a relative clause ("the claims team, who will reply"),
    // so only the sentence's first clause may open a question with one.
    boolean firstClause = true;
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if ((token.text().equals("?") || token.text().equals("？")) && !token.quoted()) {
        return true; // a quoted question ("> Where is it?") is someone else's
      }
      if (token.kind() == TokenKind.PUNCTUATION) {
        clauseStart = clauseStart || token.text().equals(",") || token.text().equals(":");
        continue;
      }
      if (!token.quoted() && startsIndirectQuestion(tokens, i)) {
        return true;
      }
      if (clauseStart && !token.quoted()) {
        if (LEAD_INS.contains(token.lower())
            || (token.isCapitalised() && isNameAfterGreeting(tokens, i))) {
          continue;
        }
        if (opensQuestion(tokens, i, firstClause)) {
          return true;
        }
        clauseStart = false;
        firstClause = false;
      }
    }
    return false;
  }

  private static boolean startsIndirectQuestion(List<Token> tokens, int i) {
    List<String[]> candidates = INDIRECT_BY_FIRST_WORD.get(tokens.get(i).lower());
    if (candidates == null) {
      return false;
    }
    for (String[] words : candidates) {
      if (i + words.length > tokens.size()) {
        continue;
      }
      boolean all = true;
      for (int w = 1; w < words.length && all; w++) {
        all = tokens.get(i + w).lower().equals(words[w]);
      }
      if (all) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNameAfterGreeting(List<Token> tokens, int i) {
    return i > 0 && GREETINGS.contains(tokens.get(i - 1).lower());
  }

  private static boolean opensQuestion(List<Token> tokens, int i, boolean firstClause) {
    String word = tokens.get(i).lower();
    String next = nextWord(tokens, i);
    if (WH_WORDS.contains(word)) {
      if (next == null || !firstClause) {
        return false;
      }
      boolean exclamative =
          (word.equals("what") && (next.equals("a") || next.equals("an")))
              || (word.equals("how") && EXCLAIMED.contains(next));
      // "When you get a chance, …" and "how I feel" are clauses, not questions.
      return !exclamative && !PERSONAL_PRONOUNS.contains(next) && !next.equals("it's");
    }
    // Without a question mark, "Had you ...", "Should you ...", "Were you ..." open a condition
    // ("Should you need anything, reply here"), not a question.
    return AUXILIARIES.contains(word)
        && !CONDITIONAL_INVERSIONS.contains(word)
        && next != null
        && SUBJECTS.contains(next);
  }

  private static final Set<String> CONDITIONAL_INVERSIONS = Set.of("had", "should", "were");

  private static String nextWord(List<Token> tokens, int i) {
    for (int j = i + 1; j < tokens.size(); j++) {
      if (tokens.get(j).isWord() || tokens.get(j).kind() == TokenKind.NUMBER) {
        return tokens.get(j).lower();
      }
      if (tokens.get(j).kind() == TokenKind.PUNCTUATION) {
        return null;
      }
    }
    return null;
  }

  // ---- 6. paragraphs and specifics ---------------------------------------------------------

  /**
   * Blocks of text separated by blank lines; each list item ("- ", "* ", "• ", "1. ", "2) ") starts
   * a block of its own. One pass over the lines.
   */
  private static List<Span> paragraphs(String text) {
    List<Span> paragraphs = new ArrayList<>();
    int n = text.length();
    int blockStart = -1;
    int blockEnd = 0;
    int lineStart = 0;
    while (lineStart <= n) {
      int newline = text.indexOf('\n', lineStart);
      int lineEnd = newline < 0 ? n : newline;
      if (isBlank(text, lineStart, lineEnd)) {
        if (blockStart >= 0) {
          addTrimmed(text, blockStart, blockEnd, paragraphs);
          blockStart = -1;
        }
      } else {
        if (blockStart >= 0 && isListItem(text, lineStart, lineEnd)) {
          addTrimmed(text, blockStart, blockEnd, paragraphs);
          blockStart = -1;
        }
        if (blockStart < 0) {
          blockStart = lineStart;
        }
        blockEnd = lineEnd;
      }
      if (newline < 0) {
        break;
      }
      lineStart = newline + 1;
    }
    if (blockStart >= 0) {
      addTrimmed(text, blockStart, blockEnd, paragraphs);
    }
    return paragraphs;
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isListItem(String text, int from, int to) {
    int i = from;
    while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i < to && "-*•".indexOf(text.charAt(i)) >= 0) {
      return i + 1 < to && Character.isWhitespace(text.charAt(i + 1));
    }
    int digits = i;
    while (i < to && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i > digits
        && i + 1 < to
        && (text.charAt(i) == '.' || text.charAt(i) == ')')
        && Character.isWhitespace(text.charAt(i + 1));
  }

  private static void addTrimmed(String text, int start, int end, List<Span> out) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      out.add(new Span(start, end));
    }
  }

  /**
   * Concrete details: reference numbers ("AB-12345", "#48213"), numbers and amounts, dates and day
   * names, and capitalised words inside a sentence (names of people, places and products).
   */
  private static List<Span> specifics(List<Token> tokens, List<Sentence> sentences) {
    List<Span> specifics = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      boolean sentenceStart = sentences.get(token.sentence()).firstToken() == token.index();
      if (token.text().equals("#")
          && i + 1 < tokens.size()
          && tokens.get(i + 1).kind() == TokenKind.NUMBER
          && tokens.get(i + 1).start() - token.end() <= 1) {
        specifics.add(new Span(token.start(), tokens.get(i + 1).end()));
        i++;
      } else if (token.kind() == TokenKind.NUMBER
          || (token.kind() == TokenKind.SYMBOL && token.text().indexOf('@') > 0)) {
        specifics.add(new Span(token.start(), token.end()));
      } else if (!token.isWord()) {
        continue;
      } else if (isReference(token.text()) || CALENDAR_WORDS.contains(token.lower())) {
        specifics.add(new Span(token.start(), token.end()));
      } else if (token.isCapitalised()
          && !sentenceStart
          && !token.isAllCaps()
          && !token.lower().equals("i")
          && !token.lower().startsWith("i'")) {
        specifics.add(new Span(token.start(), token.end()));
      }
    }
    return specifics;
  }

  /** An order, claim or ticket reference: capitals, digits and hyphens, with a digit. */
  static boolean isReference(String word) {
    if (word.length() < 4) {
      return false;
    }
    boolean digit = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (!(c >= 'A' && c <= 'Z') && c != '-') {
        return false;
      }
    }
    return digit;
  }

  private static final class RawToken {
    final int index;
    final int start;
    final int end;
    final String text;
    final String lower;
    final TokenKind kind;
    final int sentence;
    final boolean quoted;
    boolean negated;

    RawToken(
        int index,
        int start,
        int end,
        String text,
        String lower,
        TokenKind kind,
        int sentence,
        boolean quoted) {
      this.index = index;
      this.start = start;
      this.end = end;
      this.text = text;
      this.lower = lower;
      this.kind = kind;
      this.sentence = sentence;
      this.quoted = quoted;
    }
  }
}
