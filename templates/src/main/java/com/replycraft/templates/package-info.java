/**
 * The reply-template catalog: Markdown files with a small YAML front matter (id, title, channels,
 * intents, tags, declared placeholders) and a body with {@code {{snake_case}}} placeholders. {@link
 * com.replycraft.templates.TemplateCatalog} loads the shipped templates from the classpath and, for
 * a contact centre's own additions, from a directory; every file is validated and a bad one is
 * reported as a {@link com.replycraft.templates.TemplateProblem} (path, line, message) and skipped,
 * never half-loaded. A template renders against a {@link com.replycraft.templates.RenderContext}
 * built from the thread (customer name, the wait in words, the response window, the agent, an
 * escalation offer) and refuses to emit text with an unfilled placeholder. The catalog also keeps
 * an in-memory Lucene index (BM25 over title, intents, tags and body, filtered by channel) that
 * finds the best templates for a query or for the customer's latest messages.
 */
@org.jspecify.annotations.NullMarked
package com.replycraft.templates;
