package com.replycraft.scoring.escalation;

import com.replycraft.scoring.thread.Channel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * Channel-appropriate sentences offering a call or live chat, from {@code
 * escalation/offer-text.properties}: an email invites a reply with a number, a message is shorter,
 * a public social post moves to a private message first. Loaded once.
 */
public final class OfferTexts {

  private static final Properties TEMPLATES = load();

  private OfferTexts() {}

  /** The offer for this channel and recommendation; null for STAY_ASYNC and for a voice call. */
  public static @Nullable String offer(Channel channel, Recommendation recommendation) {
    if (!recommendation.wantsSync()) {
      return null;
    }
    return TEMPLATES.getProperty(channel.name() + "." + recommendation.name());
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in =
        OfferTexts.class.getResourceAsStream("/escalation/offer-text.properties")) {
      if (in == null) {
        throw new IllegalStateException("escalation/offer-text.properties not on the classpath");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
