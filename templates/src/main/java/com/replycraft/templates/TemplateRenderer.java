package com.replycraft.templates;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fills a template in one pass (values are inserted literally and never expanded again), drops the
 * lines an empty value leaves blank, and refuses to emit anything with a placeholder still in it.
 */
final class TemplateRenderer {

  private static final Pattern ANY_PLACEHOLDER = Pattern.compile("\\{\\{[^{}]*\\}\\}");
  private static final Pattern EXTRA_BLANK_LINES = Pattern.compile("\\n{3,}");

  private TemplateRenderer() {}

  static List<String> missing(Template template, RenderContext context) {
    Map<String, String> values = valuesFor(template, context);
    List<String> missing = new ArrayList<>();
    for (String name : template.placeholdersUsed()) {
      if (!values.containsKey(name)) {
        missing.add(name);
      }
    }
    return missing;
  }

  static String render(Template template, RenderContext context) {
    Map<String, String> values = valuesFor(template, context);
    Set<String> missing = new LinkedHashSet<>();
    StringBuilder out = new StringBuilder();
    for (String line : template.body().split("\n", -1)) {
      List<Placeholders.Token> tokens = Placeholders.scan(line);
      if (tokens.isEmpty()) {
        out.append(line).append('\n');
        continue;
      }
      StringBuilder filled = new StringBuilder();
      int from = 0;
      for (Placeholders.Token token : tokens) {
        filled.append(line, from, token.start());
        String value = token.wellFormed() ? values.get(token.name()) : null;
        if (value == null) {
          missing.add(token.name());
          filled.append(line, token.start(), token.end());
        } else {
          filled.append(value);
        }
        from = token.end();
      }
      filled.append(line.substring(from));
      if (!filled.toString().isBlank()) {
        out.append(tidy(filled.toString())).append('\n');
      }
    }
    if (!missing.isEmpty()) {
      throw new UnfilledPlaceholderException(template.id(), List.copyOf(missing));
    }
    String text = EXTRA_BLANK_LINES.matcher(out.toString().strip()).replaceAll("\n\n");
    var smuggled = ANY_PLACEHOLDER.matcher(text);
    if (smuggled.find()) {
      throw new UnfilledPlaceholderException(template.id(), List.of(smuggled.group()));
    }
    return text;
  }

  /** An empty value in mid-line leaves a double space or a space before punctuation: close it. */
  private static String tidy(String line) {
    String indent = line.substring(0, line.length() - line.stripLeading().length());
    String rest =
        line.stripLeading()
            .replaceAll(" {2,}", " ")
            .replaceAll(" ([,.;:!?])", "$1")
            .stripTrailing();
    return indent + rest;
  }

  private static Map<String, String> valuesFor(Template template, RenderContext context) {
    Map<String, String> values = new java.util.HashMap<>();
    values.put(Placeholders.ESCALATION_OFFER, "");
    for (Placeholder declared : template.placeholders().values()) {
      if (declared.defaultValue() != null) {
        values.put(declared.name(), declared.defaultValue());
      }
    }
    values.putAll(context.values());
    return values;
  }
}
