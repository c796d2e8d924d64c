package com.replycraft.app.llm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces customer PII with typed placeholders ({@code [EMAIL_1]}, {@code [PHONE_1]} ...) before a
 * prompt leaves the JVM, and puts the originals back into the model's answer. One {@link Session}
 * covers one exchange, so the same value gets the same placeholder in the thread, the draft and the
 * template.
 *
 * <p>Kinds run in a fixed order; each one sees the text left by the ones before it, so an e-mail
 * address is never half-read as a street address and a card number never as a phone number.
 */
public final class PiiRedactor {

  /** The kinds of PII, in the order they are looked for. */
  public enum Kind {
    EMAIL("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"),
    /** 13 to 19 digits, optionally in groups, that pass the Luhn check. */
    CARD("(?<![\\d.,])\\d(?:[ -]?\\d){12,18}(?![\\d]|[.,]\\d)"),
    /** An IBAN, or digits introduced by "account", "acct", "sort code" or "routing". */
    ACCOUNT(
        "\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\\b",
        "(?i:\\b(?:account|acct|a/c|sort code|routing)(?:\\s+(?:number|no\\.?|num|#))?"
            + "\\s*(?:is|:|#)?\\s*)(?<v>\\d[\\d -]{4,20}\\d)"),
    /** A date next to "born", "DOB" or "date of birth". */
    DATE_OF_BIRTH(
        "(?i:\\b(?:date of birth|d\\.?o\\.?b\\.?|born(?: on)?|birthday(?: is)?)\\s*(?:is|:)?\\s*)"
            + "(?<v>\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}"
            + "|\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Z][a-z]+\\.?,?\\s+\\d{4}"
            + "|[A-Z][a-z]+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})"),
    /** A member, membership, policy, customer or insurance number, by its label. */
    MEMBER_ID(
        "(?i:\\b(?:member(?:ship)?|policy|customer|insurance|subscriber|patient)"
            + "(?:\\s+(?:id|number|no\\.?|num|#))?\\s*(?:is|:|#)?\\s*)"
            + "(?<v>(?=[A-Za-z0-9-]*\\d)[A-Za-z0-9][A-Za-z0-9-]{4,19})\\b"),
    /** A (possibly international) phone number: 7 to 15 digits with the usual separators. */
    PHONE(
        "(?<![\\w.,#])(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{2,6}(?:[ .-]\\d{2,6}){1,4}"
            + "(?![\\w]|[.,]\\d)",
        "(?<![\\w.,#])\\+?\\d{10,13}(?![\\w]|[.,]\\d)"),
    /** A house number followed by a street name and a street word ("221B Baker Street"). */
    ADDRESS(
        "\\b\\d{1,5}[A-Za-z]?,?\\s+(?:[A-Z][a-z']+\\s+){1,3}"
            + "(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Court|Ct"
            + "|Place|Pl|Way|Close|Crescent|Terrace|Parkway|Pkwy|Square|Sq|Highway|Hwy)\\b"),
    /**
     * A person's name where writers put one: after a greeting, after "my name is", or alone on the
     * line after a sign-off. Only in sessions opened with {@link #sessionWithNames}, which also
     * replace the names the caller knows (the customer's name) wherever they appear.
     */
    NAME(
        "(?:\\b(?i:hi|hello|hey|dear|morning|afternoon|evening|thanks|thank you)[ ,]+)"
            + "(?<v>(?!I'|(?i:there|team|all|everyone|folks|guys|support|again|so|for|sir|madam"
            + "|my|we|our|your|please|can|could|it|this|the|just|any|ok|okay|yes|no|is|are)\\b)"
            + "[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)\\b",
        "(?i:\\b(?:my name is|my name's|i am called)\\s+)(?<v>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)\\b",
        "(?m)^[ \\t]*(?i:thanks|thank you|many thanks|regards|kind regards|best regards|best"
            + "|cheers|sincerely|yours|warm regards|all the best)[,!.]?[ \\t]*\\R[ \\t]*"
            + "(?<v>[A-Z][a-z'-]+(?: [A-Z]\\.?|(?: [A-Z][a-z'-]+){1,2})?)[ \\t]*$");

    private final List<Pattern> patterns;

    Kind(String... regexes) {
      this.patterns = java.util.Arrays.stream(regexes).map(Pattern::compile).toList();
    }
  }

  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\[(EMAIL|CARD|ACCOUNT|DATE_OF_BIRTH|MEMBER_ID|PHONE|ADDRESS|NAME)_(\\d+)]");

  private final boolean enabled;

  public PiiRedactor(boolean enabled) {
    this.enabled = enabled;
  }

  public boolean enabled() {
    return enabled;
  }

  public Session session() {
    return new Session(enabled, null);
  }

  /**
   * A session that also replaces personal names with {@code [NAME_n]}: each of {@code knownNames}
   * (and each word of them of three letters or more) wherever it appears, and names in greetings,
   * introductions and signatures. Always redacts, whatever the PII setting: for text that is kept
   * (e.g. a training exercise built from a real conversation) rather than sent and restored.
   */
  public static Session sessionWithNames(java.util.Collection<String> knownNames) {
    return new Session(true, knownNames);
  }

  /** The placeholders of one exchange: redact every prompt part, then restore the answer. */
  public static final class Session {
    private final boolean enabled;
    private final Map<String, String> placeholderByValue = new HashMap<>();
    private final Map<String, String> valueByPlaceholder = new LinkedHashMap<>();
    private final Map<Kind, Integer> counters = new HashMap<>();
    private final boolean names;
    private final List<Pattern> knownNames = new ArrayList<>();

    private Session(
        boolean enabled, java.util.@org.jspecify.annotations.Nullable Collection<String> known) {
      this.enabled = enabled;
      this.names = known != null;
      if (known != null) {
        java.util.Set<String> words =
            new java.util.TreeSet<>(
                java.util.Comparator.comparingInt(String::length).reversed().thenComparing(w -> w));
        for (String name : known) {
          if (name == null || name.isBlank()) {
            continue;
          }
          words.add(name.strip());
          for (String part : name.strip().split("\\s+")) {
            if (part.length() >= 3) {
              words.add(part);
            }
          }
        }
        // Longest first, so "Lucy Brennan" becomes one placeholder rather than two.
        words.forEach(
            w ->
                knownNames.add(
                    Pattern.compile(
                        "(?<![\\w\\[])" + Pattern.quote(w) + "(?!\\w)", Pattern.CASE_INSENSITIVE)));
      }
    }

    public String redact(String text) {
      if (!enabled || text.isEmpty()) {
        return text;
      }
      String result = text;
      for (Kind kind : Kind.values()) {
        if (kind == Kind.NAME) {
          if (!names) {
            continue;
          }
          for (Pattern known : knownNames) {
            result = redact(result, kind, known);
          }
        }
        result = redact(result, kind);
      }
      return result;
    }

    private String redact(String text, Kind kind) {
      String result = text;
      for (Pattern pattern : kind.patterns) {
        result = redact(result, kind, pattern);
      }
      return result;
    }

    private String redact(String text, Kind kind, Pattern pattern) {
      boolean labelled = pattern.pattern().contains("(?<v>");
      Matcher m = pattern.matcher(text);
      StringBuilder out = new StringBuilder();
      int last = 0;
      while (m.find()) {
        int start = labelled ? m.start("v") : m.start();
        int end = labelled ? m.end("v") : m.end();
        String value = text.substring(start, end);
        if (!accept(kind, value) || insidePlaceholder(text, start)) {
          continue;
        }
        out.append(text, last, start).append(placeholder(kind, value));
        last = end;
      }
      return out.append(text, last, text.length()).toString();
    }

    private static boolean accept(Kind kind, String value) {
      String digits = value.replaceAll("\\D", "");
      return switch (kind) {
        case CARD -> luhn(digits);
        case PHONE -> digits.length() >= 7 && digits.length() <= 15 && !looksLikeDate(value);
        default -> true;
      };
    }

    private static boolean looksLikeDate(String value) {
      return value.matches("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");
    }

    private static boolean insidePlaceholder(String text, int at) {
      int open = text.lastIndexOf('[', at);
      int close = text.lastIndexOf(']', at);
      return open > close && PLACEHOLDER.matcher(text).region(open, text.length()).lookingAt();
    }

    private String placeholder(Kind kind, String value) {
      String key = kind + "\u0000" + (kind == Kind.NAME ? value.toLowerCase(Locale.ROOT) : value);
      return placeholderByValue.computeIfAbsent(
          key,
          k -> {
            int n = counters.merge(kind, 1, Integer::sum);
            String p = "[" + kind.name() + "_" + n + "]";
            valueByPlaceholder.put(p, value);
            return p;
          });
    }

    /** Puts the original values back; placeholders the model invented are left as they are. */
    public String restore(String answer) {
      if (valueByPlaceholder.isEmpty()) {
        return answer;
      }
      Matcher m = PLACEHOLDER.matcher(answer);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String original = valueByPlaceholder.get(m.group().toUpperCase(Locale.ROOT));
        m.appendReplacement(out, Matcher.quoteReplacement(original != null ? original : m.group()));
      }
      m.appendTail(out);
      return out.toString();
    }

    /**
     * The personal names this session replaced so far. A caller redacting several texts for keeps
     * runs a second session knowing them, so a name spotted in one text's greeting is also removed
     * from the others.
     */
    public java.util.Set<String> names() {
      java.util.Set<String> found = new java.util.TreeSet<>();
      valueByPlaceholder.forEach(
          (placeholder, value) -> {
            if (placeholder.startsWith("[NAME_")) {
              found.add(value);
            }
          });
      return found;
    }

    /** The placeholders handed out so far, for tests and logs (never the values). */
    public List<String> placeholders() {
      return new ArrayList<>(valueByPlaceholder.keySet());
    }
  }

  static boolean luhn(String digits) {
    if (digits.length() < 13 || digits.length() > 19 || digits.chars().distinct().count() == 1) {
      return false;
    }
    int sum = 0;
    boolean twice = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (twice) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      twice = !twice;
    }
    return sum % 10 == 0;
  }
}
