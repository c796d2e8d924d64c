package com.replycraft.templates;

import com.replycraft.scoring.thread.Channel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The loaded, validated and indexed template catalog: the app builds one at start-up and shares it
 * (every method is thread-safe). Files with problems are skipped and listed in {@link #problems()}.
 */
public final class TemplateCatalog implements AutoCloseable {

  private final List<Template> templates;
  private final Map<String, Template> byId;
  private final List<TemplateProblem> problems;
  private final TemplateIndex index;

  private TemplateCatalog(TemplateLoader loader) {
    this.templates = loader.templates();
    this.byId =
        templates.stream().collect(Collectors.toUnmodifiableMap(Template::id, Function.identity()));
    this.problems = loader.problems();
    this.index = new TemplateIndex(templates);
  }

  /** The templates shipped with ReplyCraft, from the classpath. */
  public static TemplateCatalog load() {
    TemplateLoader loader = new TemplateLoader();
    loader.loadClasspath(TemplateCatalog.class.getClassLoader());
    return new TemplateCatalog(loader);
  }

  /**
   * The shipped templates plus a contact centre's own ({@code *.md} files under the directory,
   * recursively). An extension may not reuse a shipped id; such a file is reported and skipped.
   */
  public static TemplateCatalog load(Path extensions) {
    TemplateLoader loader = new TemplateLoader();
    loader.loadClasspath(TemplateCatalog.class.getClassLoader());
    loader.loadDirectory(extensions);
    return new TemplateCatalog(loader);
  }

  /** Only the templates in the directory, without the shipped ones. */
  public static TemplateCatalog loadDirectory(Path directory) {
    TemplateLoader loader = new TemplateLoader();
    loader.loadDirectory(directory);
    return new TemplateCatalog(loader);
  }

  /** Every template that loaded, in load order (shipped first, then by path). */
  public List<Template> templates() {
    return templates;
  }

  public Optional<Template> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  public List<Template> forChannel(Channel channel) {
    return templates.stream().filter(t -> t.supports(channel)).toList();
  }

  /** Why files were skipped, as {@code path:line: message}; empty when all loaded. */
  public List<TemplateProblem> problems() {
    return problems;
  }

  /**
   * Templates matching free text (an agent's search box), best first.
   *
   * @param query any text; query syntax has no special meaning; blank lists all
   * @param channel only templates for this channel, or null for every channel
   */
  public List<TemplateHit> search(String query, @Nullable Channel channel, int limit) {
    return index.search(query, channel, limit);
  }

  /**
   * The best templates to answer the thread, from the customer's latest messages (oldest first).
   * The latest messages weigh most: when they are long, the end of the text is what is searched.
   */
  public List<TemplateHit> suggest(
      List<String> latestCustomerMessages, Channel channel, int limit) {
    String text = String.join("\n", latestCustomerMessages);
    if (text.isBlank()) {
      return List.of();
    }
    return index.search(text, channel, limit);
  }

  @Override
  public void close() {
    try {
      index.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
