package com.replycraft.app.conversation;

import com.replycraft.app.demo.DemoDataLoader;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import com.replycraft.scoring.thread.Customer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The sample threads of {@code demo/threads.yaml}: every channel and industry, and every failure
 * mode of the domain guide. Times in the file are relative to start-up.
 */
@Component
@Order(20)
class DemoThreads implements DemoDataLoader {

  static final String FILE = "demo/threads.yaml";
  private static final Logger log = LoggerFactory.getLogger(DemoThreads.class);
  private static final Pattern OFFSET =
      Pattern.compile("-(?:(\\d+)d)?(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?");

  private final ConversationService conversations;
  private final Clock clock;

  DemoThreads(ConversationService conversations, Clock clock) {
    this.conversations = conversations;
    this.clock = clock;
  }

  @Override
  public void load() {
    List<NewThread> threads = read(clock.instant());
    int created = 0;
    for (NewThread thread : threads) {
      if (conversations.createOrRetime(thread)) {
        created++;
      }
    }
    log.info("Demo threads: {} in the file, {} created", threads.size(), created);
  }

  /** The demo threads with their times resolved against {@code now}. */
  static List<NewThread> read(Instant now) {
    try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
      List<Map<String, Object>> entries =
          new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      List<NewThread> threads = new ArrayList<>(entries.size());
      for (Map<String, Object> entry : entries) {
        threads.add(thread(entry, now));
      }
      return threads;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + FILE, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static NewThread thread(Map<String, Object> entry, Instant now) {
    Map<String, Object> customer = (Map<String, Object>) entry.getOrDefault("customer", Map.of());
    List<NewThread.Message> messages = new ArrayList<>();
    for (Map<String, Object> m : (List<Map<String, Object>>) entry.get("messages")) {
      messages.add(
          new NewThread.Message(
              Author.valueOf(string(m.get("author")).toUpperCase(Locale.ROOT)),
              now.minus(offset(string(m.get("at")))),
              string(m.get("text")),
              (String) m.get("agentId")));
    }
    Object value = customer.get("value");
    return new NewThread(
        string(entry.get("id")),
        Channel.valueOf(string(entry.get("channel"))),
        (String) entry.get("subject"),
        new Customer(
            (String) customer.get("name"),
            (Boolean) customer.get("authenticated"),
            value == null ? null : ((Number) value).doubleValue(),
            Boolean.TRUE.equals(customer.get("vip"))),
        (String) entry.get("industry"),
        messages);
  }

  /** "-3d2h15m" → 3 days 2 hours 15 minutes. */
  static Duration offset(String text) {
    Matcher m = OFFSET.matcher(text.strip());
    if (!m.matches() || text.strip().equals("-")) {
      throw new IllegalArgumentException("not a relative time like -3d2h: \"" + text + "\"");
    }
    return Duration.ofDays(number(m.group(1)))
        .plusHours(number(m.group(2)))
        .plusMinutes(number(m.group(3)))
        .plusSeconds(number(m.group(4)));
  }

  private static long number(@Nullable String group) {
    return group == null ? 0 : Long.parseLong(group);
  }

  private static String string(@Nullable Object value) {
    if (value == null) {
      throw new IllegalArgumentException("a required field is missing in " + FILE);
    }
    return value.toString();
  }
}
