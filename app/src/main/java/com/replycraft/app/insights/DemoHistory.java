package com.replycraft.app.insights;

import com.replycraft.scoring.thread.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * A deterministic, generated support history for demo mode: {@link #WEEKS} weeks of conversations
 * on every channel, handled by six agents, with a realistic mix of quick and breached replies,
 * replies that do and do not acknowledge a wait, customers who thank and close, and silent drops.
 * Written as an import CSV so it is stored and audited by the real import path.
 */
final class DemoHistory {

  static final int WEEKS = 8;
  static final String PREFIX = "hist-";

  /**
   * The generated agent ids linked to the demo agent users (in their two teams); chen.l and femi.a
   * stay unlinked, so the admin's agents page has ids to link.
   */
  static final Map<String, String> DEMO_LINKS =
      Map.of("amira.k", "agent", "ben.o", "agent", "dara.m", "sam", "eli.r", "sam");

  private static final List<String> AGENT_ORDER =
      List.of("amira.k", "ben.o", "chen.l", "dara.m", "eli.r", "femi.a");

  private static final List<String> NAMES =
      List.of("Ana", "Sam", "Priya", "Tom", "Lea", "Omar", "Mia", "Jon", "Ines", "Raj", "Zoe");

  private static final List<String> OPENINGS =
      List.of(
          "Hi, my parcel was due on Monday and it still has not arrived. Where is it?",
          "I was charged twice for my last order. Please refund the second payment.",
          "Your app logs me out every time I open it. This is really frustrating.",
          "Can I change the delivery address on order 4471 before it ships?",
          "The blender I bought stopped working after a week. What are my options?",
          "I cancelled my subscription but you charged me again this month. I am upset.",
          "How do I reset my password? The reset email never arrives.",
          "My invoice shows the wrong company name. Can you correct it?");

  private static final List<String> FOLLOW_UPS =
      List.of(
          "I checked again and nothing has changed. Can you look into it?",
          "Thanks. One more question: will I get an email when it is done?",
          "It still does not work on my phone.",
          "Could you confirm the date, please?");

  private static final List<String> CLOSINGS =
      List.of(
          "Thanks, that's sorted now!",
          "Perfect, it works now. Thank you!",
          "Got it, thanks for your help.",
          "All good, much appreciated.");

  private static final List<String> GOOD_REPLIES =
      List.of(
          "Hi %s, I'm sorry about this, I can see how annoying it is. I have checked your order"
              + " and sent the fix just now. You will get a confirmation email by 5 pm today;"
              + " reply here if it does not arrive.",
          "Hi %s, thanks for the details. I have corrected it on your account and refunded the"
              + " extra payment. The money will be back on your card within 3 working days.",
          "Hi %s, I understand, and I have taken care of it. Next step: open the link in the"
              + " email I just sent, and it will be done within 10 minutes.");

  private static final List<String> LATE_GOOD_REPLIES =
      List.of(
          "Hi %s, I'm sorry you waited so long for an answer. I have checked your order and"
              + " sorted it: you will get a confirmation email by 5 pm today.",
          "Hi %s, apologies for the slow reply. I have refunded the extra payment; it will be"
              + " back on your card within 3 working days.");

  private static final List<String> WEAK_REPLIES =
      List.of(
          "You should have read the instructions. Check the FAQ.",
          "We are looking into it.",
          "As I already said, this is not our fault. Please be patient.",
          "Please send your order number, date of birth, email and phone number so we can check.");

  private final Random random = new Random(20261126L);
  private final ZoneId zone;
  private final LocalDate lastDay;

  DemoHistory(ZoneId zone, LocalDate lastDay) {
    this.zone = zone;
    this.lastDay = lastDay;
  }

  /** The CSV rows, with exactly the columns of {@code header} (the import's header). */
  String csv(List<String> header, int conversations) {
    StringBuilder out = new StringBuilder(String.join(",", header)).append('\n');
    for (int i = 0; i < conversations; i++) {
      conversation(i, header, out);
    }
    return out.toString();
  }

  private void conversation(int n, List<String> header, StringBuilder out) {
    String id = String.format("%s%04d", PREFIX, n);
    Channel channel = channel();
    String agent = AGENT_ORDER.get(random.nextInt(AGENT_ORDER.size()));
    String name = NAMES.get(random.nextInt(NAMES.size()));
    // Later weeks are better for the first three agents: the leaderboard shows improvement.
    int day = random.nextInt(WEEKS * 7);
    double progress = day / (WEEKS * 7.0);
    boolean improving = AGENT_ORDER.indexOf(agent) < 3;
    Instant at =
        lastDay
            .minusDays(WEEKS * 7L - 1 - day)
            .atTime(7 + random.nextInt(13), random.nextInt(60))
            .atZone(zone)
            .toInstant();
    Duration target = channel.profile().responseTarget();
    boolean resolved = random.nextDouble() < 0.6;
    List<String[]> rows = new ArrayList<>();
    rows.add(row("CUSTOMER", "", at, OPENINGS.get(random.nextInt(OPENINGS.size()))));
    int turns = 1 + (random.nextDouble() < 0.35 ? 1 : 0);
    for (int t = 0; t < turns; t++) {
      double roll = random.nextDouble();
      if (t == 0 && roll < 0.05) {
        break; // nobody answered
      }
      boolean late = roll > 0.72;
      Duration wait =
          scaled(target, late ? 1.2 + random.nextDouble() * 3 : 0.05 + random.nextDouble() * 0.75);
      at = at.plus(wait);
      rows.add(row("AGENT", agent, at, reply(name, late, improving ? progress : 0.3)));
      if (t + 1 < turns) {
        at = at.plusSeconds(600 + random.nextInt(7200));
        rows.add(row("CUSTOMER", "", at, FOLLOW_UPS.get(random.nextInt(FOLLOW_UPS.size()))));
      } else if (!late && random.nextDouble() < 0.45) {
        at = at.plusSeconds(300 + random.nextInt(3600));
        rows.add(row("CUSTOMER", "", at, CLOSINGS.get(random.nextInt(CLOSINGS.size()))));
      }
    }
    for (String[] r : rows) {
      Map<String, String> values =
          Map.of(
              "conversation_id",
              id,
              "channel",
              channel.name(),
              "author",
              r[0],
              "agent_id",
              r[1],
              "timestamp",
              r[2],
              "text",
              r[3],
              "customer_name",
              name,
              "customer_authenticated",
              "true",
              "customer_value",
              "",
              "resolved",
              resolved ? "true" : "false");
      Function<String, String> cell = column -> csvCell(values.getOrDefault(column, ""));
      out.append(String.join(",", header.stream().map(cell).toList())).append('\n');
    }
  }

  private String reply(String name, boolean late, double skill) {
    if (random.nextDouble() < 0.25 + 0.55 * (1 - skill) * 0.6) {
      return WEAK_REPLIES.get(random.nextInt(WEAK_REPLIES.size()));
    }
    if (late && random.nextDouble() < 0.4 + 0.5 * skill) {
      return String.format(LATE_GOOD_REPLIES.get(random.nextInt(LATE_GOOD_REPLIES.size())), name);
    }
    return String.format(GOOD_REPLIES.get(random.nextInt(GOOD_REPLIES.size())), name);
  }

  private Channel channel() {
    double r = random.nextDouble();
    if (r < 0.28) {
      return Channel.EMAIL;
    } else if (r < 0.50) {
      return Channel.MESSAGING;
    } else if (r < 0.64) {
      return Channel.TICKET;
    } else if (r < 0.74) {
      return Channel.SOCIAL_PUBLIC;
    } else if (r < 0.84) {
      return Channel.SOCIAL_PRIVATE;
    } else if (r < 0.96) {
      return Channel.LIVE_CHAT;
    }
    return Channel.VOICE;
  }

  private static Duration scaled(Duration target, double factor) {
    return Duration.ofSeconds(Math.max(20, (long) (target.toSeconds() * factor)));
  }

  private static String[] row(String author, String agent, Instant at, String text) {
    return new String[] {author, agent, at.toString(), text};
  }

  private static String csvCell(String v) {
    return v.contains(",") || v.contains("\"") || v.contains("\n")
        ? "\"" + v.replace("\"", "\"\"") + "\""
        : v;
  }
}
