package com.replycraft.templates;

import com.replycraft.scoring.thread.Channel;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One validated reply template.
 *
 * @param channels the channels it is written for, in front-matter order
 * @param intents intent ids, e.g. {@code delivery-delay} (see {@link Intent})
 * @param placeholders the intent-specific placeholders it declares, by name; the core ones ({@code
 *     customer_name}, {@code wait}, {@code response_window}, {@code agent_name}, {@code
 *     escalation_offer}) are filled by the {@link RenderContext} and are not listed here, except
 *     {@code escalation_offer} when the template gives it a default
 * @param body the Markdown body with {@code {{placeholders}}}
 * @param source where it was loaded from, for messages
 */
public record Template(
    String id,
    String title,
    List<Channel> channels,
    List<String> intents,
    List<String> tags,
    Map<String, Placeholder> placeholders,
    String body,
    String source) {

  public Template {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(source, "source");
    channels = List.copyOf(channels);
    intents = List.copyOf(intents);
    tags = List.copyOf(tags);
    placeholders = Map.copyOf(placeholders);
  }

  public boolean supports(Channel channel) {
    return channels.contains(channel);
  }

  public boolean hasIntent(Intent intent) {
    return intents.contains(intent.id());
  }

  /** The names of the placeholders used in the body, in order of first use. */
  public Set<String> placeholdersUsed() {
    Set<String> names = new LinkedHashSet<>();
    for (String line : body.split("\n", -1)) {
      for (Placeholders.Token token : Placeholders.scan(line)) {
        names.add(token.name());
      }
    }
    return names;
  }

  /**
   * The placeholders this template would leave unfilled in the given context (empty when it
   * renders).
   */
  public List<String> missingPlaceholders(RenderContext context) {
    return TemplateRenderer.missing(this, context);
  }

  /**
   * The reply text with every placeholder filled. A line whose placeholders all render empty (an
   * escalation offer that is not needed, an optional detail) disappears with its blank line.
   *
   * @throws UnfilledPlaceholderException naming every placeholder without a value
   */
  public String render(RenderContext context) {
    return TemplateRenderer.render(this, context);
  }
}
