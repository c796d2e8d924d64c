package com.replycraft.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.scoring.thread.Author;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PastedThreadTest {

  // Friday 20 November 2026, 12:00 UTC
  private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  @Test
  void reads_one_message_per_block_in_every_time_format() {
    String pasted =
        """
        2026-11-16 09:15
        Hi, my parcel never arrived.
        Order RC-4821.

        Mon 14:02 bot
        Thanks! An agent will be with you shortly.

        18/11/2026 08:30
        Still nothing?

        yesterday 10:00:
        Hello??

        11:45 agent
        Sorry Sam, checking now.
        """;

    PastedThread.Result result = PastedThread.parse(pasted, NOW, ZoneOffset.UTC);

    assertThat(result.problems()).isEmpty();
    assertThat(result.messages())
        .extracting(NewThread.Message::at)
        .containsExactly(
            Instant.parse("2026-11-16T09:15:00Z"),
            Instant.parse("2026-11-16T14:02:00Z"),
            Instant.parse("2026-11-18T08:30:00Z"),
            Instant.parse("2026-11-19T10:00:00Z"),
            Instant.parse("2026-11-20T11:45:00Z"));
    assertThat(result.messages())
        .extracting(NewThread.Message::author)
        .containsExactly(
            Author.CUSTOMER, Author.BOT, Author.CUSTOMER, Author.CUSTOMER, Author.AGENT);
    assertThat(result.messages().get(0).text())
        .isEqualTo("Hi, my parcel never arrived.\nOrder RC-4821.");
  }

  @Test
  void reports_bad_lines_by_number_and_keeps_the_valid_messages() {
    String pasted =
        """
        hello before any time
        2026-13-40 09:15
        lost text of a bad date
        2026-11-19 08:00
        A good message.
        2026-11-19 09:00
        """;

    PastedThread.Result result = PastedThread.parse(pasted, NOW, ZoneOffset.UTC);

    assertThat(result.messages())
        .extracting(NewThread.Message::text)
        .containsExactly("A good message.");
    assertThat(result.problems()).extracting(PastedThread.Problem::line).containsExactly(1, 2, 6);
    assertThat(result.problems().get(1).reason()).contains("not a valid date");
    assertThat(result.problems().get(2).reason()).contains("no message text");
  }
}
