package com.replycraft.scoring.check.empathy;

import com.replycraft.scoring.check.AnalyzedMessage;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.lexicon.Lexicon;
import com.replycraft.scoring.text.AnalyzedText;
import com.replycraft.scoring.text.ContentWords;
import com.replycraft.scoring.text.SignatureName;
import com.replycraft.scoring.text.Span;
import com.replycraft.scoring.text.Token;
import com.replycraft.scoring.text.TokenKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What this customer has told us that a reply can show it read: their name (from the customer
 * record or how they signed), the specifics they gave (order numbers, dates, products) and their
 * distinctive content words (not service-speak such as "issue" or "help"). Built per reply from the
 * already analysed thread.
 */
final class CustomerFacts {

  /** Words any service reply uses; sharing only these with the customer shows nothing. */
  static final Set<String> SERVICE_STEMS = ContentWords.stemsOf(Lexicon.named("service-words"));

  private static final Set<String> GREETING_WORDS =
      Set.of("hi", "hello", "hey", "dear", "hiya", "morning", "good", "greetings", "g'day");
  private static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "dame", "rev");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final @Nullable String firstName;
  private final Set<String> names;
  private final Set<String> specifics;
  private final Set<String> stems;
  private final List<String> examples;

  private CustomerFacts(
      @Nullable String firstName,
      Set<String> names,
      Set<String> specifics,
      Set<String> stems,
      List<String> examples) {
    this.firstName = firstName;
    this.names = names;
    this.specifics = specifics;
    this.stems = stems;
    this.examples = examples;
  }

  private static final Object KEY = new Object();
  private static final Object SIGNED = new Object();

  /**
   * The facts for this reply's thread; built once per thread view (remembered in its memo), as
   * several empathy checks ask for them.
   */
  static CustomerFacts of(ReplyContext context) {
    return context.thread().memo().get(KEY, () -> collect(context));
  }

  private static CustomerFacts collect(ReplyContext context) {
    Set<String> names = new HashSet<>();
    String firstName = null;
    String fullName = context.customer().name();
    if (fullName != null) {
      for (String part : WHITESPACE.split(fullName.strip())) {
        String lower = part.toLowerCase(Locale.ROOT).replace(".", "");
        if (lower.length() > 1 && !HONORIFICS.contains(lower)) {
          names.add(lower);
          firstName = firstName == null ? part : firstName;
        }
      }
    }
    Set<String> agentWords = new HashSet<>();
    for (AnalyzedMessage message : context.thread().messages()) {
      if (!message.fromCustomer()) {
        for (Token token : message.text().tokens()) {
          agentWords.add(token.lower());
        }
      }
    }
    Set<String> specifics = new LinkedHashSet<>();
    Set<String> stems = new LinkedHashSet<>();
    List<String> examples = new ArrayList<>();
    for (AnalyzedMessage message : context.thread().customerMessages()) {
      AnalyzedText text = message.text();
      String signed = text.memo().get(SIGNED, () -> SignatureName.in(text.text()));
      if (signed != null && !agentWords.contains(signed.toLowerCase(Locale.ROOT))) {
        names.add(signed.toLowerCase(Locale.ROOT));
        if (firstName == null) {
          firstName = signed;
        }
      }
      for (Span span : text.specifics()) {
        String key = normalise(text.slice(span));
        if (!key.isEmpty() && !isServiceWord(key) && !names.contains(key)) {
          specifics.add(key);
          examples.add(text.slice(span).strip());
        }
      }
      for (String stem : ContentWords.stems(text)) {
        if (!SERVICE_STEMS.contains(stem) && !names.contains(stem)) {
          stems.add(stem);
        }
      }
    }
    return new CustomerFacts(firstName, Set.copyOf(names), specifics, stems, examples);
  }

  /** The name to greet the customer by, when known. */
  @Nullable String firstName() {
    return firstName;
  }

  /** True when the customer said enough that a reply could draw on it. */
  boolean hasContent() {
    return !specifics.isEmpty() || stems.size() >= 2;
  }

  boolean hasName() {
    return !names.isEmpty();
  }

  boolean isName(Token token) {
    return token.isWord() && names.contains(token.lower());
  }

  /** True when the token echoes something of this customer's: name, a specific, a content word. */
  boolean echoes(Token token) {
    if (token.quoted()) {
      return false;
    }
    if (isName(token)) {
      return true;
    }
    if (token.kind() == TokenKind.NUMBER || token.isWord()) {
      String key = normalise(token.text());
      if (specifics.contains(key)) {
        return true;
      }
    }
    if (!ContentWords.isContent(token)) {
      return false;
    }
    String stem = ContentWords.stem(token.lower());
    return stems.contains(stem) && !SERVICE_STEMS.contains(stem);
  }

  boolean anyEchoed(List<Token> tokens) {
    for (Token token : tokens) {
      if (echoes(token)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when the tokens plainly draw on this customer's thread: their name, one of their specifics
   * (an order number, a date, a product), or at least two of their distinctive words. A single
   * shared word such as "order" or "claim" is weak: any reply about the same kind of case uses it.
   */
  boolean drawsOn(List<Token> tokens) {
    Set<String> shared = new HashSet<>();
    for (Token token : tokens) {
      if (!echoes(token)) {
        continue;
      }
      if (isName(token) || specifics.contains(normalise(token.text()))) {
        return true;
      }
      shared.add(ContentWords.stem(token.lower()));
      if (shared.size() >= 2) {
        return true;
      }
    }
    return false;
  }

  /** A few things the customer told us, to quote in a suggestion. */
  List<String> examples(int max) {
    List<String> out = new ArrayList<>();
    for (String example : examples) {
      if (out.size() < max && !out.contains(example)) {
        out.add(example);
      }
    }
    return out;
  }

  /** Distinctive words of the reply's own: content words that are not service-speak. */
  static int distinctiveWords(List<Token> tokens) {
    int count = 0;
    for (Token token : tokens) {
      if (!token.quoted()
          && ContentWords.isContent(token)
          && token.kind() == TokenKind.WORD
          && !SERVICE_STEMS.contains(ContentWords.stem(token.lower()))) {
        count++;
      }
    }
    return count;
  }

  /** A concrete detail of the reply's own: a number, a reference, a date word. */
  static boolean hasConcreteDetail(List<Token> tokens) {
    for (Token token : tokens) {
      if (!token.quoted() && token.kind() == TokenKind.NUMBER) {
        return true;
      }
      if (token.isWord() && token.text().chars().anyMatch(Character::isDigit)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Index of the first token after an opening greeting ("Hi Mia," / "Dear Mr Chen,"), or 0 when the
   * reply does not open with one.
   */
  static int greetingEnd(AnalyzedText reply) {
    List<Token> tokens = reply.tokens();
    if (tokens.isEmpty() || !GREETING_WORDS.contains(tokens.get(0).lower())) {
      return 0;
    }
    for (int i = 1; i < tokens.size() && i <= 5; i++) {
      Token token = tokens.get(i);
      if (token.kind() == TokenKind.PUNCTUATION
          || token.sentence() != 0
          || reply.text().indexOf('\n', tokens.get(i - 1).end()) == tokens.get(i - 1).end()) {
        return token.kind() == TokenKind.PUNCTUATION ? i + 1 : i;
      }
    }
    return 0;
  }

  private static boolean isServiceWord(String key) {
    return SERVICE_STEMS.contains(ContentWords.stem(key)) || ContentWords.isStopword(key);
  }

  private static String normalise(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }
}
