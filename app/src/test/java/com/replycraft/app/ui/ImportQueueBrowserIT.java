package com.replycraft.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.review.queue.QueueFilter;
import com.replycraft.app.review.queue.QueueRow;
import com.replycraft.app.review.queue.ReviewQueueService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reviewer in a real headless Chromium at 1366×768 uploads a CSV export with two bad rows, sees
 * both reported with their lines, then opens the riskiest conversation from the review queue.
 */
@BrowserTest
class ImportQueueBrowserIT {

  private static Browser chromium;

  @LocalServerPort int port;
  @Autowired ReviewQueueService queue;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = Browser.start("1366,768");
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @Test
  void a_reviewer_imports_a_csv_sees_the_two_bad_rows_and_opens_the_riskiest_conversation()
      throws IOException {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Path csv = Files.createTempFile("export-", ".csv");
    Files.writeString(
        csv,
        "conversation_id,channel,author,agent_id,timestamp,text,customer_name\n"
            + "it-"
            + run
            + ",EMAIL,CUSTOMER,,2026-11-10T08:55:00Z,\"Third time I write! My refund for order"
            + " 5521 never came and I'm furious. I'll cancel.\",Priya Natarajan\n"
            + "it-"
            + run
            + ",EMAIL,AGENT,b.cho,2026-11-17T09:00:00Z,Please provide your order number.,\n"
            + "it-"
            + run
            + ",FAX,CUSTOMER,,2026-11-17T09:10:00Z,Hello?,\n"
            + "it-"
            + run
            + ",EMAIL,CUSTOMER,,last tuesday,Anyone?,\n");
    chromium.on(port).signOut();
    chromium.signIn("reviewer", "reviewer-demo");
    chromium
        .waitFor(Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rc-welcome")));

    chromium.open("/imports");
    WebElement upload =
        chromium
            .waitFor(Duration.ofSeconds(30))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("import-upload")));
    fileInput(upload).sendKeys(csv.toAbsolutePath().toString());

    WebElement summary =
        chromium
            .waitFor(Duration.ofSeconds(60))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("import-summary")));
    assertThat(summary.getText())
        .isEqualTo("1 conversation(s) and 2 message(s) stored; 2 row(s) rejected.");
    WebElement rejected = chromium.driver.findElement(By.id("rejected-grid"));
    chromium
        .waitFor(Duration.ofSeconds(10))
        .until(d -> rejected.getText().contains("unknown channel"));
    assertThat(rejected.getText()).contains("unknown channel \"FAX\"").contains("bad timestamp");
    assertThat(chromium.driver.findElement(By.id("download-rejected")).isDisplayed()).isTrue();
    chromium.screenshot("import-rejected-rows");
    Files.deleteIfExists(csv);

    QueueRow riskiest = queue.page(QueueFilter.ALL, 0, 1).get(0);
    chromium.open("/review-queue");
    WebElement grid =
        chromium
            .waitFor(Duration.ofSeconds(30))
            .until(ExpectedConditions.presenceOfElementLocated(By.id("queue-grid")));
    chromium
        .waitFor(Duration.ofSeconds(20))
        .until(d -> grid.getText().contains(riskiest.customer()));
    chromium.screenshot("review-queue");
    firstRowCell(grid).click();

    chromium
        .waitFor(Duration.ofSeconds(20))
        .until(ExpectedConditions.urlContains("/review/" + riskiest.id()));
    assertThat(chromium.driver.getCurrentUrl()).endsWith("/review/" + riskiest.id());
  }

  /** The upload's file input: in its shadow root, or in light DOM in some versions. */
  private static WebElement fileInput(WebElement upload) {
    var light = upload.findElements(By.cssSelector("input[type=file]"));
    if (!light.isEmpty()) {
      return light.get(0);
    }
    SearchContext shadow = upload.getShadowRoot();
    return shadow.findElement(By.cssSelector("input[type=file]"));
  }

  /** The content of the first cell of the grid's first body row. */
  private static WebElement firstRowCell(WebElement grid) {
    return (WebElement)
        chromium.driver.executeScript(
            "return arguments[0].shadowRoot.querySelector('#items tr td slot')"
                + ".assignedElements()[0];",
            grid);
  }
}
