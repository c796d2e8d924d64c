package com.replycraft.scoring.check.clarity;

import com.replycraft.scoring.Finding;
import com.replycraft.scoring.FindingCode;
import com.replycraft.scoring.ScoreRequest;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.check.Check;
import com.replycraft.scoring.check.CheckExample;
import com.replycraft.scoring.check.ReplyContext;
import com.replycraft.scoring.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PLACEHOLDER_LEFT: a template slot that was never filled reaches the customer ({@code {{name}}},
 * {@code [Customer Name]}, {@code <insert date>}, {@code %NAME%}, {@code XXX}). Brackets count only
 * when what they hold reads like a slot (a slot word such as "name" or "date", or capitals), so
 * "[1]", "[sic]" and a redaction mark are left alone, as are masked card numbers ("XXXX 4821") and
 * quoted email lines.
 */
public final class PlaceholderCheck implements Check {

  private static final String SLOT_WORDS =
      "name|firstname|lastname|fullname|first|last|surname|customer|client|agent|date|time|day|number|no\\.?|#|order|"
          + "account|reference|ref|ticket|case|amount|price|address|email|phone|link|url|product|"
          + "company|details?|insert|enter|add|here|tbd|tbc|x{2,}";

  /**
   * One pattern per opening character, each run only when its trigger occurs in the text, so a
   * reply without braces, brackets or capitals-with-underscores costs a few {@code indexOf} calls.
   */
  private static final List<Slot> SLOTS =
      List.of(
          new Slot("{", "\\{\\{[^{}\\n]{1,40}}}|\\{\\s*[A-Za-z_][\\w .-]{0,30}}"),
          new Slot(
              "$",
              "\\$\\{[^{}\\n]{1,40}}|\\$[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b|\\$[Xx]{2,}(?:\\.[Xx]{2})?"),
          new Slot("%", "%[A-Za-z_][A-Za-z0-9_]{1,30}%"),
          new Slot("<", "<<[^<>\\n]{1,40}>>|<\\s*[A-Za-z_][\\w .#-]{0,40}>"),
          new Slot("[", "\\[[^\\[\\]\\n]{1,40}]"),
          new Slot("_", "\\b[A-Z]{2,}_[A-Z_]{2,}\\b|(?<!\\w)_{3,}(?!\\w)"),
          new Slot(
              "nsert",
              "\\b(?i:insert)\\s+(?:(?:the|customer|client|agent|your|their)\\s+){0,2}"
                  + "(?i:name|date|time|number|amount|details|link|reference|address)"
                  + "(?:\\s+(?i:here))?\\b"),
          new Slot("NSERT", "\\bINSERT\\s+[A-Z][A-Z ]{1,30}\\b"),
          new Slot("xx", "\\bxx/xx/xx(?:xx)?\\b|(?<![\\w*-])x{3,}(?![\\w*-])"),
          new Slot("XX", "\\bXX/XX/XX(?:XX)?\\b|(?<![\\w*-])X{3,}(?![\\w*-])"));

  /** A kind of template slot: the literal that must occur for it, and its pattern. */
  private record Slot(String trigger, Pattern pattern) {
    Slot(String trigger, String regex) {
      this(trigger, Pattern.compile(regex));
    }
  }

  private static final Pattern SLOT_CONTENT =
      Pattern.compile("(?i)(?<![a-z])(?:" + SLOT_WORDS + ")(?![a-z])");

  private static final Pattern HTML_TAG =
      Pattern.compile("(?i)(?:a|b|i|u|p|br|hr|em|strong|div|span|ul|ol|li|table|tr|td)(?:\\s.*)?");

  private static final Pattern NOT_A_SLOT =
      Pattern.compile(
          "(?i)^\\[\\s*(?:redacted|sic|at|dot|sent from .*|quote|image|attachment.*)\\s*]$");

  private static final Pattern MASKED_CARD =
      Pattern.compile("(?i)(?:[x*•]{4}[ -]?){1,3}\\d{3,4}|\\d{4}[ -]?(?:[x*•]{4}[ -]?){1,3}");

  private static final Pattern NAME_SLOT =
      Pattern.compile("(?i)\\b(?:name|first|customer|client)\\b|first_name|firstname");

  private static final Pattern OTHER_NAME = Pattern.compile("(?i)agent|my|company|product|your");

  @Override
  public String id() {
    return "PLACEHOLDER_LEFT";
  }

  @Override
  public List<FindingCode> codes() {
    return List.of(FindingCode.PLACEHOLDER_LEFT);
  }

  @Override
  public List<Finding> check(ReplyContext context) {
    String text = context.text();
    List<Span> candidates = new ArrayList<>();
    for (Slot kind : SLOTS) {
      if (text.contains(kind.trigger())) {
        Matcher m = kind.pattern().matcher(text);
        while (m.find()) {
          candidates.add(new Span(m.start(), m.end()));
        }
      }
    }
    if (candidates.isEmpty()) {
      return List.of();
    }
    candidates.sort(
        Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed()));
    List<Span> masked = new ArrayList<>();
    if (text.contains("xxxx") || text.contains("XXXX") || text.contains("****")) {
      Matcher card = MASKED_CARD.matcher(text);
      while (card.find()) {
        masked.add(new Span(card.start(), card.end()));
      }
    }
    List<Finding> findings = new ArrayList<>();
    int taken = 0;
    for (Span m : candidates) {
      if (m.start() < taken) {
        continue;
      }
      String slot = text.substring(m.start(), m.end());
      boolean markdownLink = slot.startsWith("[") && text.startsWith("(", m.end());
      if (!isSlot(slot)
          || markdownLink
          || inQuotedLine(text, m.start())
          || overlaps(masked, m.start(), m.end())) {
        continue;
      }
      taken = m.end();
      Finding finding =
          Finding.of(
              FindingCode.PLACEHOLDER_LEFT,
              Severity.CRITICAL,
              m.start(),
              m.end(),
              "The template placeholder \"" + slot + "\" was never filled in.",
              "Replace \"" + slot + "\" with the real detail before sending.");
      String firstName = context.customer().firstName();
      if (firstName != null && isNameSlot(slot)) {
        finding = finding.withReplacement(firstName);
      }
      findings.add(finding);
    }
    return findings;
  }

  private static boolean isSlot(String slot) {
    if (slot.startsWith("<") && !slot.startsWith("<<")) {
      String inner = slot.substring(1, slot.length() - 1).strip();
      return SLOT_CONTENT.matcher(inner).find() && !HTML_TAG.matcher(inner).matches();
    }
    if (slot.startsWith("[")) {
      String inner = slot.substring(1, slot.length() - 1).strip();
      return !inner.isEmpty()
          && !NOT_A_SLOT.matcher(slot).matches()
          && inner.chars().anyMatch(Character::isLetter)
          && inner.chars().noneMatch(Character::isDigit)
          && SLOT_CONTENT.matcher(inner).find();
    }
    return true;
  }

  private static boolean isNameSlot(String slot) {
    String lower = slot.toLowerCase(Locale.ROOT);
    return NAME_SLOT.matcher(lower).find() && !OTHER_NAME.matcher(lower).find()
        || lower.contains("customer_name")
        || lower.contains("customer name");
  }

  private static boolean inQuotedLine(String text, int offset) {
    int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    for (int i = lineStart; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '>') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return false;
  }

  private static boolean overlaps(List<Span> spans, int start, int end) {
    for (Span span : spans) {
      if (start < span.end() && span.start() < end) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<CheckExample> examples() {
    return List.of(
        new CheckExample(
            FindingCode.PLACEHOLDER_LEFT,
            ScoreRequest.builder()
                .draft("Hi {{first_name}}, your replacement card was posted today.")
                .customer("Priya Shah", true)
                .build(),
            ScoreRequest.builder()
                .draft("Hi Priya, your replacement card was posted today.")
                .customer("Priya Shah", true)
                .build()));
  }
}
