package com.replycraft.app.review;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.replycraft.app.KaribuTestBase;
import com.replycraft.app.conversation.ConversationService;
import com.vaadin.flow.component.UI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ImportViewTest extends KaribuTestBase {

  @Autowired ConversationService conversations;

  private final String run = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void reviewer() {
    signIn("reviewer", "REVIEWER");
  }

  private ImportView uploadAndWait(String fileName, String content) throws InterruptedException {
    UI.getCurrent().navigate("imports");
    ImportView view = _get(ImportView.class);
    UploadKt._upload(
        view.upload,
        fileName,
        "application/octet-stream",
        content.getBytes(StandardCharsets.UTF_8));
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (view.isRunning() && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      MockVaadin.runUIQueue(true);
    }
    assertThat(view.isRunning()).as("the import finished").isFalse();
    return view;
  }

  @Test
  void an_upload_with_two_bad_rows_shows_the_summary_the_rejections_and_a_csv_of_them()
      throws InterruptedException {
    String csv =
        ImportServiceTest.HEADER
            + "view-"
            + run
            + ",EMAIL,CUSTOMER,,2026-11-17T08:55:00Z,Where is my refund?,Ana,,\n"
            + "view-"
            + run
            + ",EMAIL,AGENT,a.lee,2026-11-17T09:00:00Z,It reaches you by Friday.,,,\n"
            + "view-"
            + run
            + ",FAX,CUSTOMER,,2026-11-17T09:10:00Z,Hello?,,,\n"
            + "view-"
            + run
            + ",EMAIL,CUSTOMER,,yesterday,\"Thanks, and \"\"the invoice\"\"?\",,,\n";

    ImportView view = uploadAndWait("export.csv", csv);

    assertThat(view.file.getText()).isEqualTo("Imported export.csv.");
    assertThat(view.summary.getText())
        .isEqualTo("1 conversation(s) and 2 message(s) stored; 2 row(s) rejected.");
    assertThat(GridKt._size(view.rejected)).isEqualTo(2);
    assertThat(GridKt._get(view.rejected, 0).line()).isEqualTo(4);
    assertThat(GridKt._get(view.rejected, 1).line()).isEqualTo(5);
    assertThat(view.download.isVisible()).isTrue();
    assertThat(view.rejectedCsv())
        .isEqualTo(
            "line,reason\r\n"
                + "4,\"unknown channel \"\"FAX\"\" (expected one of EMAIL, MESSAGING,"
                + " SOCIAL_PUBLIC, SOCIAL_PRIVATE, TICKET, LIVE_CHAT, VOICE)\"\r\n"
                + "5,\"bad timestamp \"\"yesterday\"\" (expected ISO-8601 with a zone, e.g."
                + " 2026-11-17T08:55:00Z)\"\r\n");
    assertThat(conversations.findExternal("view-" + run).orElseThrow().messages()).hasSize(2);
  }

  @Test
  void a_jsonl_upload_is_recognised_by_its_name() throws InterruptedException {
    String jsonl =
        "{\"conversationId\": \"view-jl-"
            + run
            + "\", \"agentId\": \"s.kim\", \"thread\": [{\"author\": \"CUSTOMER\", \"at\":"
            + " \"2026-11-17T08:55:00Z\", \"text\": \"Where is my order?\"}]}\n";

    ImportView view = uploadAndWait("export.jsonl", jsonl);

    assertThat(view.summary.getText())
        .isEqualTo("1 conversation(s) and 1 message(s) stored; 0 row(s) rejected.");
    assertThat(view.download.isVisible()).isFalse();
    assertThat(conversations.findExternal("view-jl-" + run)).isPresent();
  }

  @Test
  void a_file_without_the_header_is_refused_with_what_the_header_must_be()
      throws InterruptedException {
    ImportView view = uploadAndWait("notes.csv", "id,text\n1,hello\n");

    assertThat(view.error.isVisible()).isTrue();
    assertThat(view.error.getText()).contains("conversation_id,channel,author");
    assertThat(view.file.getText()).isEqualTo("notes.csv was not imported.");
  }
}
