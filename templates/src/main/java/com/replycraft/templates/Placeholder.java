package com.replycraft.templates;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An intent-specific placeholder a template declares in its front matter, beyond the core ones the
 * thread always fills (see {@link RenderContext}).
 *
 * <pre>
 * placeholders:
 *   order_number:
 *     example: RC-48213          # shown in previews and used by the tests
 *   delivery_date:
 *     example: Thursday 12 June
 *     default: ""                # optional: absent means this; an empty line disappears
 * </pre>
 *
 * A plain value ({@code order_number: RC-48213}) is shorthand for a required placeholder with that
 * example. Of the core placeholders only {@code escalation_offer} may be declared, to give it a
 * default: an escalation-offer template carries its own offer, used when the thread supplies none.
 *
 * @param example a realistic value for previews and tests
 * @param defaultValue used when the render context has no value; {@code null} makes it required
 */
public record Placeholder(String name, String example, @Nullable String defaultValue) {

  public Placeholder {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(example, "example");
  }

  public boolean required() {
    return defaultValue == null;
  }
}
