package com.replycraft.scoring.text;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The name a writer signed with at the end of a message ("Thanks, Priya", "- Tom", "Cheers\nAlex
 * Chen") or gave in it ("my name is Priya"): for greeting customers whose name the business does
 * not hold. Returns the first name only; conservative, so a closing word like "Thanks" is never a
 * name.
 */
public final class SignatureName {

  private static final String NAME = "(\\p{Lu}[\\p{Ll}'’-]+)(?:\\s+\\p{Lu}[\\p{Ll}'’-]+)?";
  private static final String SIGN_OFF =
      "(?i:thanks(?: again| so much| in advance)?|thank you(?: so much)?|many thanks|cheers|"
          + "regards|kind regards|best regards|warm regards|best|best wishes|all the best|"
          + "sincerely|yours sincerely|yours|ta|thx|rgds|cordially)";
  private static final Pattern DASHED = Pattern.compile("^[-–—~]+\\s*" + NAME + "\\.?$");
  private static final Pattern SIGNED_ON_ONE_LINE =
      Pattern.compile("(?:^|[.!?]\\s+)" + SIGN_OFF + "[,]\\s*" + NAME + "\\.?$");
  private static final Pattern NAME_LINE = Pattern.compile("^" + NAME + "\\.?$");
  private static final Pattern SIGN_OFF_LINE = Pattern.compile("^" + SIGN_OFF + "[,.!]?$");
  private static final Pattern MY_NAME_IS =
      Pattern.compile("\\b(?:[Mm]y name is|[Mm]y name's)\\s+" + NAME);

  /** Capitalised words that end messages but are not names. */
  private static final Set<String> NOT_NAMES =
      Set.of(
          "thanks",
          "thank",
          "cheers",
          "regards",
          "best",
          "sincerely",
          "yours",
          "please",
          "help",
          "urgent",
          "asap",
          "sent",
          "again",
          "everyone",
          "all",
          "team",
          "support",
          "anyone",
          "sir",
          "madam",
          "customer",
          "me",
          "you",
          "soon",
          "today",
          "tomorrow",
          "ta",
          "thx",
          "hello",
          "hi");

  private SignatureName() {}

  public static @Nullable String in(String text) {
    String body = text.strip();
    if (body.isEmpty()) {
      return null;
    }
    int lastBreak = body.lastIndexOf('\n');
    String lastLine = body.substring(lastBreak + 1).strip();
    String before = lastBreak < 0 ? "" : body.substring(0, lastBreak).strip();
    String previousLine = before.substring(before.lastIndexOf('\n') + 1);
    // Cheap exact pre-checks skip the patterns that cannot match (most messages sign nothing).
    String found = startsWithDash(lastLine) ? first(DASHED.matcher(lastLine)) : null;
    if (found == null && lastLine.indexOf(',') >= 0) {
      found = first(SIGNED_ON_ONE_LINE.matcher(lastLine));
    }
    if (found == null && lastBreak >= 0 && SIGN_OFF_LINE.matcher(previousLine.strip()).matches()) {
      found = first(NAME_LINE.matcher(lastLine));
    }
    if (found == null && body.contains("y name")) {
      Matcher given = MY_NAME_IS.matcher(body);
      found = given.find() ? checked(given.group(1)) : null;
    }
    return found;
  }

  private static boolean startsWithDash(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char c = line.charAt(0);
    return c == '-' || c == '–' || c == '—' || c == '~';
  }

  private static @Nullable String first(Matcher matcher) {
    return matcher.find() ? checked(matcher.group(1)) : null;
  }

  private static @Nullable String checked(String name) {
    return NOT_NAMES.contains(name.toLowerCase(Locale.ROOT)) ? null : name;
  }
}
