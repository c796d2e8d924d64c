package com.replycraft.app.review.benchmark;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Writes realistic help-desk transcripts as import CSV, the same for the same seed: several
 * channels, agents and customer moods (calm, worried, frustrated, distressed), replies good and bad
 * (ignored waits, vague times, blame, missing call offers), and waits from minutes to days.
 */
final class TranscriptGenerator {

  private static final String[] CHANNELS = {
    "EMAIL",
    "EMAIL",
    "TICKET",
    "MESSAGING",
    "MESSAGING",
    "SOCIAL_PRIVATE",
    "SOCIAL_PUBLIC",
    "LIVE_CHAT"
  };

  private static final String[] NAMES = {
    "Priya Natarajan",
    "Sam Ortiz",
    "Ana Silva",
    "Tom Becker",
    "Mei Chen",
    "Joe Walsh",
    "Fatima Khan",
    "Lars Berg",
    "Chloe Martin",
    "Omar Haddad",
    ""
  };

  private static final List<String> CALM =
      List.of(
          "Hi, could you tell me when order %d will ship?",
          "Hello, I'd like to change the delivery address for order %d.",
          "Can you resend the invoice for order %d please?",
          "Quick question: does my plan include roaming? Account %d.");

  private static final List<String> WORRIED =
      List.of(
          "I'm really worried, order %d was a birthday present and the party is on Saturday.",
          "This is so stressful, my card was charged twice for order %d.");

  private static final List<String> FRUSTRATED =
      List.of(
          "This is the third time I'm writing about order %d. Nobody answers. Unacceptable!",
          "You're joking right? Still no refund for order %d after two weeks. I want to cancel.",
          "I am fed up. Order %d never arrived and I've been waiting for days.");

  private static final List<String> DISTRESSED =
      List.of(
          "My husband passed away last month and I need to close his account %d. Please help.",
          "I've lost my job and can't pay the bill for account %d this month. What can I do?");

  private static final List<String> FOLLOW_UPS =
      List.of(
          "Any update on this?",
          "Hello? Is anyone there?",
          "Thanks, and when exactly will that happen?",
          "I already gave you the order number %d.");

  private static final List<String> GOOD =
      List.of(
          "Hi %s, I'm sorry you had to wait. I've checked order %d: it ships today and arrives by"
              + " Thursday. I'll email you the tracking link by 5 pm.",
          "Hi %s, thank you for your patience and I'm sorry for the delay. Your refund for order"
              + " %d was sent today and reaches your card within 3 working days.",
          "Hi %s, I understand how stressful this is. I've fixed the double charge on order %d"
              + " and you will see the refund by Friday. If you'd like, I can call you today.");

  private static final List<String> WEAK =
      List.of(
          "Please provide your order number so we can look into this.",
          "We will get back to you shortly.",
          "As I already said, you should have read the terms. Order %d cannot be refunded.",
          "An agent will be with you in a moment!",
          "Thanks for reaching out! Order %d is being processed and will ship ASAP :)",
          "Hi %s, your order %d ships tomorrow.");

  private final Random random;
  private final Instant start = Instant.parse("2026-01-05T08:00:00Z");

  TranscriptGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Writes conversations until {@code messages} rows are written.
   *
   * @return the number of conversations written
   */
  int write(Writer out, int messages, int agents) throws IOException {
    out.write(
        "conversation_id,channel,author,agent_id,timestamp,text,customer_name,"
            + "customer_authenticated,customer_value,resolved\n");
    int written = 0;
    int conversation = 0;
    while (written < messages) {
      conversation++;
      int length = Math.min(messages - written, 4 + random.nextInt(9));
      written += conversation(out, conversation, length, agents);
    }
    return conversation;
  }

  private int conversation(Writer out, int n, int length, int agents) throws IOException {
    String id = "bench-" + n;
    String channel = CHANNELS[random.nextInt(CHANNELS.length)];
    String agent = "agent-" + (1 + random.nextInt(agents));
    String name = NAMES[random.nextInt(NAMES.length)];
    String first = name.isEmpty() ? "there" : name.split(" ")[0];
    int order = 10_000 + random.nextInt(90_000);
    int mood = random.nextInt(10); // 0-4 calm, 5-6 worried, 7-8 frustrated, 9 distressed
    List<String> opening =
        mood < 5 ? CALM : mood < 7 ? WORRIED : mood < 9 ? FRUSTRATED : DISTRESSED;
    Instant at = start.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 300)));
    boolean live = channel.equals("LIVE_CHAT");
    for (int i = 0; i < length; i++) {
      boolean customer = i % 2 == 0;
      String template =
          i == 0
              ? pick(opening)
              : customer ? pick(FOLLOW_UPS) : random.nextInt(3) == 0 ? pick(WEAK) : pick(GOOD);
      String text = template.replace("%s", first).replace("%d", String.valueOf(order));
      out.write(id);
      out.write(',');
      out.write(channel);
      out.write(customer ? ",CUSTOMER,," : ",AGENT," + agent + ",");
      out.write(at.toString());
      out.write(",\"");
      out.write(text.replace("\"", "\"\""));
      out.write('"');
      if (i == 0) {
        out.write(',');
        out.write(name);
        out.write(random.nextBoolean() ? ",true," : ",false,");
        out.write(random.nextInt(5) == 0 ? String.valueOf(500 + random.nextInt(20_000)) : "");
        out.write(',');
      } else {
        out.write(",,,,");
        if (i == length - 1) {
          out.write(random.nextInt(3) == 0 ? "false" : "true");
        }
      }
      out.write('\n');
      at = at.plus(gap(live, customer));
    }
    return length;
  }

  /** The time to the next message: live chat in minutes; others from minutes to several days. */
  private Duration gap(boolean live, boolean afterCustomer) {
    if (live) {
      return Duration.ofSeconds(20 + random.nextInt(afterCustomer ? 600 : 120));
    }
    if (!afterCustomer) {
      return Duration.ofMinutes(5 + random.nextInt(600));
    }
    int kind = random.nextInt(10);
    if (kind < 5) {
      return Duration.ofMinutes(10 + random.nextInt(180));
    }
    if (kind < 8) {
      return Duration.ofHours(4 + random.nextInt(20));
    }
    return Duration.ofHours(24 + random.nextInt(24 * 5)); // a long wait
  }

  private String pick(List<String> options) {
    return options.get(random.nextInt(options.size()));
  }
}
