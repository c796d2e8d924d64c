package com.replycraft.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The placeholder syntax, {@code {{snake_case}}}, in one place for the parser and the renderer. */
final class Placeholders {

  static final String CUSTOMER_NAME = "customer_name";
  static final String WAIT = "wait";
  static final String RESPONSE_WINDOW = "response_window";
  static final String AGENT_NAME = "agent_name";
  static final String ESCALATION_OFFER = "escalation_offer";

  /** Filled from the thread for every template; never declared in front matter. */
  static final Set<String> CORE =
      Set.of(CUSTOMER_NAME, WAIT, RESPONSE_WINDOW, AGENT_NAME, ESCALATION_OFFER);

  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(?:_[a-z0-9]+)*");

  private Placeholders() {}

  /** A placeholder occurrence on one line: {@code [start, end)} covers the braces too. */
  record Token(String name, int start, int end, boolean wellFormed) {}

  /**
   * Every {@code {{...}}} on the line, in order, well-formed or not; an opening {@code {{} without
   * its closing {@code }}} yields a token reaching the end of the line and is not well-formed, as
   * is a stray {@code }}}.
   */
  static List<Token> scan(String line) {
    List<Token> tokens = new ArrayList<>();
    int from = 0;
    while (true) {
      int open = line.indexOf("{{", from);
      int strayClose = line.indexOf("}}", from);
      if (strayClose >= 0 && (open < 0 || strayClose < open)) {
        tokens.add(
            new Token(line.substring(from, strayClose + 2), strayClose, strayClose + 2, false));
        from = strayClose + 2;
        continue;
      }
      if (open < 0) {
        return tokens;
      }
      int close = line.indexOf("}}", open + 2);
      if (close < 0) {
        tokens.add(new Token(line.substring(open), open, line.length(), false));
        return tokens;
      }
      String inner = line.substring(open + 2, close);
      boolean ok = NAME.matcher(inner).matches();
      tokens.add(new Token(ok ? inner : line.substring(open, close + 2), open, close + 2, ok));
      from = close + 2;
    }
  }
}
