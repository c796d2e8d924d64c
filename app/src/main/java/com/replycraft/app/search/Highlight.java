package com.replycraft.app.search;

import java.util.ArrayList;
import java.util.List;

/**
 * One highlighted fragment of a hit: plain text parts, the matched ones marked. Built from the
 * highlighter's output, which marks matches with two private-use characters that no help-desk text
 * carries, so nothing in the message itself can pose as a mark or as markup.
 */
public record Highlight(List<Part> parts) {

  /** Start and end of a match in the highlighter's output. */
  static final String START = "\uE000";

  static final String END = "\uE001";

  /** A run of text, matched or not. */
  public record Part(String text, boolean hit) {}

  public Highlight {
    parts = List.copyOf(parts);
  }

  /** Reads the highlighter's output; characters that are not marks stay text. */
  static Highlight parse(String marked) {
    List<Part> parts = new ArrayList<>();
    int at = 0;
    while (at < marked.length()) {
      int start = marked.indexOf(START, at);
      if (start < 0) {
        add(parts, marked.substring(at), false);
        break;
      }
      add(parts, marked.substring(at, start), false);
      int end = marked.indexOf(END, start + 1);
      int stop = end < 0 ? marked.length() : end;
      add(parts, marked.substring(start + 1, stop), true);
      at = stop + 1;
    }
    return new Highlight(parts);
  }

  /** A fragment with no match (the opening of the message, when only filters were given). */
  static Highlight plain(String text) {
    return new Highlight(text.isEmpty() ? List.of() : List.of(new Part(text, false)));
  }

  /** The fragment's text without marks. */
  public String text() {
    StringBuilder text = new StringBuilder();
    parts.forEach(p -> text.append(p.text()));
    return text.toString();
  }

  /** The matched words, in order. */
  public List<String> hits() {
    return parts.stream().filter(Part::hit).map(Part::text).toList();
  }

  /**
   * The fragment as safe HTML: every character of the message escaped, each match wrapped in {@code
   * <em>}.
   */
  public String html() {
    StringBuilder html = new StringBuilder();
    for (Part part : parts) {
      if (part.hit()) {
        html.append("<em>");
      }
      escape(part.text(), html);
      if (part.hit()) {
        html.append("</em>");
      }
    }
    return html.toString();
  }

  private static void add(List<Part> parts, String text, boolean hit) {
    String clean = text.replace(START, "").replace(END, "");
    if (!clean.isEmpty()) {
      parts.add(new Part(clean, hit));
    }
  }

  private static void escape(String text, StringBuilder into) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> into.append("&amp;");
        case '<' -> into.append("&lt;");
        case '>' -> into.append("&gt;");
        case '"' -> into.append("&quot;");
        case '\'' -> into.append("&#39;");
        default -> into.append(c);
      }
    }
  }
}
