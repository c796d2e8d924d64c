package com.replycraft.app.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.replycraft.app.ReplyCraftTest;
import com.replycraft.app.conversation.AutoQaSummary;
import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.conversation.ConversationStatus;
import com.replycraft.app.conversation.ThreadMessage;
import com.replycraft.app.conversation.ThreadSnapshot;
import com.replycraft.app.review.queue.QueueFilter;
import com.replycraft.app.review.queue.ReviewQueueService;
import com.replycraft.scoring.Severity;
import com.replycraft.scoring.thread.Author;
import com.replycraft.scoring.thread.Channel;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReplyCraftTest
class ImportServiceTest {

  static final String HEADER =
      "conversation_id,channel,author,agent_id,timestamp,text,customer_name,customer_authenticated,customer_value\n";

  @Autowired ImportService imports;
  @Autowired ConversationService conversations;
  @Autowired ReviewQueueService queue;

  private ImportReport csv(String body) {
    return imports.importCsv(new StringReader(body));
  }

  private ThreadSnapshot thread(String externalId) {
    return conversations.findExternal(externalId).orElseThrow();
  }

  @Test
  void keeps_every_valid_row_and_reports_each_bad_row_with_its_line() {
    ImportReport report =
        csv(
            HEADER
                // line 2, 3: a valid conversation
                + "bad-1,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,\"Where is my refund, please?\",Priya"
                + " Natarajan,true,2400\n"
                + "bad-1,EMAIL,AGENT,a.lee,2026-11-17T10:00:00Z,\"Hi Priya, it was sent today and"
                + " reaches you by Friday. Alex\",,,\n"
                // line 4: malformed (a quote in the middle of an unquoted field and too few fields)
                + "bad-1,EMAIL,CUSTOMER,,2026-11-17T11:00:00Z,\"Thanks\"oops,,\n"
                // line 5: unknown channel
                + "bad-2,FAX,CUSTOMER,,2026-11-17T08:55:00Z,Hello there,,,\n"
                // line 6: bad timestamp
                + "bad-2,EMAIL,CUSTOMER,,17/11/2026 08:55,Hello there,,,\n"
                // line 7: empty text
                + "bad-2,EMAIL,AGENT,a.lee,2026-11-17T09:55:00Z,\"  \",,,\n"
                // line 8, 9-10: a valid conversation whose text spans two lines
                + "bad-2,EMAIL,CUSTOMER,,2026-11-17T08:56:00Z,My card was charged twice,Sam,,\n"
                + "bad-2,EMAIL,AGENT,b.cho,2026-11-17T09:30:00Z,\"Hi Sam,\n"
                + "the second charge is refunded today. Bea\",,,\n");

    assertThat(report.conversations()).isEqualTo(2);
    assertThat(report.messages()).isEqualTo(4);
    assertThat(report.rejected())
        .extracting(ImportReport.Rejection::line)
        .containsExactly(4L, 5L, 6L, 7L);
    assertThat(report.rejected().get(0).reason()).startsWith("malformed row");
    assertThat(report.rejected().get(1).reason()).contains("unknown channel \"FAX\"");
    assertThat(report.rejected().get(2).reason()).contains("bad timestamp");
    assertThat(report.rejected().get(3).reason()).isEqualTo("empty text");
    ThreadSnapshot second = thread("bad-2");
    assertThat(second.messages()).hasSize(2);
    assertThat(second.messages().get(1).text())
        .isEqualTo("Hi Sam,\nthe second charge is refunded today. Bea");
    assertThat(second.messages().get(1).agentId()).isEqualTo("b.cho");
    assertThat(thread("bad-1").messages())
        .extracting(ThreadMessage::author)
        .containsExactly(Author.CUSTOMER, Author.AGENT);
  }

  @Test
  void a_row_with_too_few_fields_and_an_unclosed_quote_lose_only_themselves() {
    ImportReport report =
        csv(
            HEADER
                + "short-1,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z\n"
                + "short-1,EMAIL,CUSTOMER,,2026-11-17T08:56:00Z,\"never closed,,,\n"
                + "short-1,EMAIL,AGENT,a.lee,2026-11-17T09:00:00Z,Hi! Your parcel arrives"
                + " Thursday.,,,\n");

    assertThat(report.rejected()).extracting(ImportReport.Rejection::line).containsExactly(2L, 3L);
    assertThat(report.rejected().get(0).reason()).contains("expected 9 fields, found 5");
    assertThat(report.rejected().get(1).reason()).contains("never closed");
    assertThat(report.messages()).isEqualTo(1);
  }

  @Test
  void re_importing_a_conversation_updates_it_instead_of_duplicating_it() {
    String first =
        HEADER
            + "again-1,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,Where is my parcel?,Ana,,\n"
            + "again-1,EMAIL,AGENT,a.lee,2026-11-17T09:00:00Z,It arrives Thursday.,,,\n";
    csv(first);
    long count = conversations.count();
    long id = conversations.idOfExternal("again-1").orElseThrow();

    ImportReport report =
        csv(first + "again-1,EMAIL,CUSTOMER,,2026-11-17T09:10:00Z,Thanks! And the invoice?,,,\n");

    assertThat(report.conversations()).isEqualTo(1);
    assertThat(report.messages()).isEqualTo(3);
    assertThat(conversations.count()).isEqualTo(count);
    assertThat(conversations.idOfExternal("again-1")).contains(id);
    assertThat(thread("again-1").messages()).hasSize(3);
    assertThat(thread("again-1").status())
        .as("not marked resolved in the export")
        .isEqualTo(ConversationStatus.OPEN);
    assertThat(conversations.open())
        .as("imported transcripts stay out of the agents' inbox")
        .noneMatch(open -> open.id() == id);
  }

  @Test
  void the_resolved_column_sets_the_status_and_a_later_import_can_change_it() {
    String header = HEADER.strip() + ",resolved\n";
    ImportReport report =
        csv(
            header
                + "res-1,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,Where is my parcel?,Ana,,,\n"
                + "res-1,EMAIL,AGENT,a.lee,2026-11-17T09:00:00Z,It arrives Thursday.,,,,true\n"
                + "res-2,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,Where is my parcel?,Bo,,,false\n"
                + "res-3,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,Where is my parcel?,Cy,,,\n"
                + "res-4,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,Where is my parcel?,Di,,,maybe\n");

    assertThat(report.rejected()).extracting(ImportReport.Rejection::line).containsExactly(6L);
    assertThat(report.rejected().get(0).reason())
        .isEqualTo("resolved must be true or false, not \"maybe\"");
    assertThat(thread("res-1").status()).isEqualTo(ConversationStatus.RESOLVED);
    assertThat(thread("res-2").status()).isEqualTo(ConversationStatus.OPEN);
    assertThat(thread("res-3").status()).isEqualTo(ConversationStatus.OPEN);

    csv(header + "res-2,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,Sorted now thanks,Bo,,,true\n");
    csv(HEADER + "res-1,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,Where is my parcel?,Ana,,\n");

    assertThat(thread("res-2").status()).isEqualTo(ConversationStatus.RESOLVED);
    assertThat(thread("res-1").status())
        .as("a file without the column leaves the status alone")
        .isEqualTo(ConversationStatus.RESOLVED);
  }

  @Test
  void columns_are_matched_by_name_in_any_order() {
    ImportReport report =
        csv(
            "text,timestamp,resolved,author,channel,conversation_id,agent_id\n"
                + "\"Hi, my login fails\",2026-11-17T08:55:00Z,true,CUSTOMER,TICKET,order-1,\n");

    assertThat(report.rejected()).isEmpty();
    assertThat(thread("order-1").messages().get(0).text()).isEqualTo("Hi, my login fails");
    assertThat(thread("order-1").status()).isEqualTo(ConversationStatus.RESOLVED);
  }

  @Test
  void a_header_with_an_unknown_or_missing_column_is_refused_naming_it() {
    assertThatThrownBy(
            () ->
                csv(
                    "conversation_id,channel,author,agent_id,timestamp,text,resloved\n"
                        + "x,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,hi,true\n"))
        .isInstanceOf(ImportFormatException.class)
        .hasMessageContaining("unknown column \"resloved\"");
    assertThatThrownBy(() -> csv("conversation_id,channel,author,timestamp,text\n"))
        .isInstanceOf(ImportFormatException.class)
        .hasMessageContaining("missing column agent_id");
  }

  @Test
  void a_jsonl_line_may_mark_its_conversation_resolved() {
    String jsonl =
        """
        {"conversationId": "jl-res-1", "resolved": true, "thread": [{"author": "CUSTOMER", "at": "2026-11-17T08:55:00Z", "text": "Where is my order?"}]}
        {"conversationId": "jl-res-2", "resolved": false, "thread": [{"author": "CUSTOMER", "at": "2026-11-17T08:55:00Z", "text": "Where is my order?"}]}
        {"conversationId": "jl-res-3", "resolved": "yes", "thread": [{"author": "CUSTOMER", "at": "2026-11-17T08:55:00Z", "text": "Where is my order?"}]}
        """;

    ImportReport report = imports.importJsonl(new StringReader(jsonl));

    assertThat(report.rejected()).extracting(ImportReport.Rejection::line).containsExactly(3L);
    assertThat(report.rejected().get(0).reason()).contains("resolved");
    assertThat(thread("jl-res-1").status()).isEqualTo(ConversationStatus.RESOLVED);
    assertThat(thread("jl-res-2").status()).isEqualTo(ConversationStatus.OPEN);
  }

  @Test
  void an_import_files_the_conversation_in_the_queue_under_its_main_agent() {
    String agent = "queue-agent-" + System.nanoTime();
    csv(
        HEADER
            + "qcol-1,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,Where is my refund?,Ana,,\n"
            + "qcol-1,EMAIL,BOT,bot-7,2026-11-17T08:55:10Z,Thanks! We reply within a day.,,,\n"
            + "qcol-1,EMAIL,AGENT,other,2026-11-17T10:00:00Z,\"Hi Ana, checking now.\",,,\n"
            + "qcol-1,EMAIL,AGENT,"
            + agent
            + ",2026-11-18T09:00:00Z,\"Hi Ana, the refund left today and arrives by Friday.\",,,\n"
            + "qcol-1,EMAIL,AGENT,"
            + agent
            + ",2026-11-18T09:30:00Z,PS: the reference is R-2291.,,,\n");

    var rows =
        queue.page(
            new QueueFilter(null, agent, null, null, null, null, Set.of(), false, null), 0, 10);

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).externalId()).isEqualTo("qcol-1");
    assertThat(rows.get(0).lastMessageAt()).isEqualTo(Instant.parse("2026-11-18T09:30:00Z"));
    assertThat(rows.get(0).score())
        .isEqualTo(conversations.autoQa("qcol-1").orElseThrow().overall());
  }

  @Test
  void rows_of_one_conversation_apart_in_the_file_join_one_thread() {
    ImportReport report =
        csv(
            HEADER
                + "apart-1,LIVE_CHAT,CUSTOMER,,2026-11-17T08:55:00Z,hi is anyone there,,,\n"
                + "apart-2,LIVE_CHAT,CUSTOMER,,2026-11-17T08:55:00Z,hello?,,,\n"
                + "apart-1,LIVE_CHAT,AGENT,a.lee,2026-11-17T08:56:00Z,Hi! I'm here. How can I"
                + " help?,,,\n");

    assertThat(report.conversations()).isEqualTo(2);
    assertThat(thread("apart-1").messages()).hasSize(2);
    assertThat(thread("apart-1").channel()).isEqualTo(Channel.LIVE_CHAT);
  }

  @Test
  void auto_qa_stores_an_ignored_three_day_wait_on_the_reply_that_ignored_it() {
    csv(
        HEADER
            + "qa-wait,EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,\"My refund for order 5521 has not"
            + " arrived. What is going on?\",Priya Natarajan,true,\n"
            + "qa-wait,EMAIL,AGENT,a.lee,2026-11-20T09:00:00Z,\"Hi Priya, your refund for order 5521"
            + " is processed and reaches your account by Friday. Alex\",,,\n");
    long id = conversations.idOfExternal("qa-wait").orElseThrow();

    assertThat(conversations.findingsJson(id, 1))
        .get()
        .asString()
        .contains("DELAY_NOT_ACKNOWLEDGED");
    assertThat(conversations.findingsJson(id, 0)).isEmpty();
    ThreadMessage reply = thread("qa-wait").messages().get(1);
    assertThat(reply.scores()).isNotNull();
    assertThat(reply.scores().delayAcknowledgement()).isNotNull().isLessThan(100);
    AutoQaSummary qa = conversations.autoQa("qa-wait").orElseThrow();
    assertThat(qa.breached()).isTrue();
    assertThat(qa.worstSeverity()).isEqualTo(Severity.CRITICAL);
    assertThat(qa.overall()).isLessThanOrEqualTo(59);
    assertThat(qa.findingCodes()).contains("DELAY_NOT_ACKNOWLEDGED");
    assertThat(qa.escalation()).isNotNull();
  }

  @Test
  void imports_jsonl_and_reports_a_bad_line() {
    String jsonl =
        """
        {"conversationId": "jl-1", "agentId": "s.kim", "channel": "MESSAGING", "thread": [{"author": "CUSTOMER", "at": "2026-11-17T08:55:00Z", "text": "Where is my order?"}, {"author": "AGENT", "at": "2026-11-17T09:05:00Z", "text": "Hi Sam! It ships today and arrives Thursday."}], "customer": {"name": "Sam Ortiz"}}
        {"conversationId": "jl-2", "thread": [{"author": "CUSTOMER", "at": "not a time", "text": "Hello"}]}

        {"conversationId": "jl-3", "thread": [{"author": "CUSTOMER", "at": "2026-11-17T08:55:00Z", "text": "Hello"}, {"author": "BOT", "at": "2026-11-17T08:55:05Z", "text": "Thanks! An agent will be with you shortly."}]}
        {not json
        """;

    ImportReport report = imports.importJsonl(new StringReader(jsonl));

    assertThat(report.conversations()).isEqualTo(2);
    assertThat(report.messages()).isEqualTo(4);
    assertThat(report.rejected()).extracting(ImportReport.Rejection::line).containsExactly(2L, 5L);
    assertThat(report.rejected().get(0).reason()).contains("thread[0].at");
    assertThat(report.rejected().get(1).reason()).startsWith("malformed JSON");
    ThreadSnapshot first = thread("jl-1");
    assertThat(first.channel()).isEqualTo(Channel.MESSAGING);
    assertThat(first.messages().get(1).agentId()).isEqualTo("s.kim");
    assertThat(first.messages().get(1).scores()).isNotNull();
    assertThat(conversations.autoQa("jl-3")).isPresent();
  }

  @Test
  void a_csv_without_the_header_is_refused_as_a_whole() {
    assertThatThrownBy(() -> csv("id,text\n1,hello\n"))
        .isInstanceOf(ImportFormatException.class)
        .hasMessageContaining("conversation_id,channel,author");
  }

  @Test
  void the_optional_customer_columns_may_be_left_out() {
    ImportReport report =
        csv(
            "conversation_id,channel,author,agent_id,timestamp,text\n"
                + "six-1,TICKET,CUSTOMER,,2026-11-17T08:55:00+01:00,My login fails.\n");

    assertThat(report.rejected()).isEmpty();
    assertThat(thread("six-1").messages().get(0).sentAt())
        .isEqualTo(Instant.parse("2026-11-17T07:55:00Z"));
  }

  @Test
  void streams_a_twenty_thousand_row_csv_in_batches() {
    int conversationsInFile = 2_000;
    int perConversation = 10;
    Instant start = Instant.parse("2026-10-01T08:00:00Z");
    StringBuilder file = new StringBuilder(HEADER);
    for (int c = 0; c < conversationsInFile; c++) {
      for (int m = 0; m < perConversation; m++) {
        boolean customer = m % 2 == 0;
        Instant at = start.plus(Duration.ofMinutes(c * 60L + m * 7L));
        file.append("bulk-")
            .append(c)
            .append(",MESSAGING,")
            .append(customer ? "CUSTOMER,," : "AGENT,agent-" + (c % 17) + ",")
            .append(at)
            .append(',')
            .append(
                customer
                    ? "\"Hi, my order " + c + " has not arrived yet, can you check?\""
                    : "\"Thanks for waiting! Order " + c + " ships today and arrives Friday.\"")
            .append(m == 0 ? ",Customer " + c + ",true,120" : ",,,")
            .append('\n');
      }
    }
    long before = conversations.count();
    List<Long> progress = new ArrayList<>();

    ImportReport report =
        imports.importCsv(
            new StringReader(file.toString()),
            (lines, messages, rejected) -> progress.add((long) messages));

    assertThat(report.rejected()).isEmpty();
    assertThat(report.conversations()).isEqualTo(conversationsInFile);
    assertThat(report.messages()).isEqualTo(conversationsInFile * perConversation);
    assertThat(conversations.count() - before).isEqualTo(conversationsInFile);
    assertThat(
            IntStream.of(0, 999, 1999)
                .mapToObj(c -> thread("bulk-" + c).messages().size())
                .collect(Collectors.toList()))
        .containsOnly(perConversation);
    assertThat(conversations.autoQa("bulk-1999")).isPresent();
    assertThat(progress).hasSizeGreaterThanOrEqualTo(20).isSorted();
    assertThat(progress.get(progress.size() - 1)).isEqualTo(20_000L);
  }
}
