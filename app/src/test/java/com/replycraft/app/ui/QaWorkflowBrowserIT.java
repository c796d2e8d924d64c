package com.replycraft.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.agent.AgentDirectory;
import com.replycraft.app.conversation.ConversationService;
import com.replycraft.app.review.ReviewDetails;
import com.replycraft.app.review.ReviewService;
import com.replycraft.app.review.ReviewStatus;
import com.replycraft.app.review.Viewer;
import com.replycraft.app.review.queue.QueueFilter;
import com.replycraft.app.review.queue.ReviewQueueService;
import com.replycraft.app.security.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole QA loop in a real headless Chromium at 1366×768: a reviewer imports a help desk CSV
 * with two bad rows and sees them reported, opens the riskiest of the imported conversations from
 * the queue, and saves and submits a review; the agent the help desk id is linked to reads it and
 * disputes it; the reviewer resolves the dispute and the agent sees the outcome.
 */
@BrowserTest
class QaWorkflowBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Viewer QA = new Viewer(null, "browser-test", Set.of(Role.REVIEWER));

  private static Browser chromium;

  @LocalServerPort int port;
  @Autowired AgentDirectory agents;
  @Autowired ConversationService conversations;
  @Autowired ReviewQueueService queue;
  @Autowired ReviewService reviews;

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
  void import_review_dispute_and_resolution_from_end_to_end() throws IOException {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String helpDeskId = "qa-it-" + run;
    // What an admin does once on the Agents page: this help desk id is the demo agent.
    agents.link(agents.byUsername("agent").orElseThrow().userId(), helpDeskId);
    Path csv = Files.createTempFile("export-", ".csv");
    Files.writeString(
        csv,
        String.join(
            "\n",
            "conversation_id,channel,author,agent_id,timestamp,text,customer_name",
            "angry-"
                + run
                + ",EMAIL,CUSTOMER,,2026-11-10T08:55:00Z,\"Third time I write! My"
                + " refund for order 5521 never came and I'm furious. I'll cancel.\",Priya Natarajan",
            "angry-"
                + run
                + ",EMAIL,AGENT,"
                + helpDeskId
                + ",2026-11-17T09:00:00Z,Please provide"
                + " your order number.,",
            "angry-" + run + ",FAX,CUSTOMER,,2026-11-17T09:10:00Z,Hello?,",
            "calm-"
                + run
                + ",EMAIL,CUSTOMER,,2026-11-18T10:00:00Z,Could you send me last month's"
                + " invoice please?,Tom Berg",
            "calm-"
                + run
                + ",EMAIL,AGENT,"
                + helpDeskId
                + ",2026-11-18T11:00:00Z,\"Hi Tom, thanks"
                + " for asking. I've attached your October invoice (INV-2210) to this email. Kind"
                + " regards, Alex\",",
            "calm-" + run + ",EMAIL,CUSTOMER,,last tuesday,Anyone?,",
            ""));

    // The reviewer imports the export and sees exactly the two bad rows, with their lines.
    signInAs("reviewer", "reviewer-demo");
    chromium.open("/imports");
    fileInput(await("#import-upload")).sendKeys(csv.toAbsolutePath().toString());
    WebElement summary =
        chromium
            .waitFor(Duration.ofSeconds(90))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("import-summary")));
    assertThat(summary.getText())
        .isEqualTo("2 conversation(s) and 4 message(s) stored; 2 row(s) rejected.");
    WebElement rejected = chromium.driver.findElement(By.id("rejected-grid"));
    chromium.waitFor(WAIT).until(d -> rejected.getText().contains("unknown channel"));
    assertThat(rejected.getText()).contains("unknown channel \"FAX\"").contains("bad timestamp");
    chromium.screenshot("qa-import-rejected-rows");
    Files.deleteIfExists(csv);

    // The queue, narrowed to this agent, puts the angry, ignored customer first; open it.
    long angry = conversations.idOfExternal("angry-" + run).orElseThrow();
    chromium.open("/review-queue");
    WebElement agentFilter = await("#filter-agent input");
    agentFilter.sendKeys(helpDeskId);
    agentFilter.sendKeys(Keys.ENTER);
    WebElement grid = await("#queue-grid");
    chromium
        .waitFor(WAIT)
        .until(d -> grid.getText().contains("Priya") && !grid.getText().contains("Test Customer"));
    assertThat(queue.page(filterBy(helpDeskId), 0, 1).get(0).id()).isEqualTo(angry);
    chromium.screenshot("qa-review-queue");
    firstRowCell(grid).click();
    chromium.waitFor(WAIT).until(ExpectedConditions.urlContains("/review/" + angry));

    // The review: auto-QA highlighted in the agent's reply, pre-filled scorecard, save, submit.
    await("#submit-review");
    assertThat(chromium.driver.findElements(By.cssSelector("#turn-1 .rc-hl"))).isNotEmpty();
    type("#comment-1 textarea", "Acknowledge the wait and the repeated contact first.");
    type("#overall-comment textarea", "Cold reply to an angry customer who had waited a week.");
    click("save-draft");
    await("vaadin-notification-card");
    rateTheRest();
    click("submit-review");
    chromium
        .waitFor(WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".rc-review-status"), "Submitted"));
    chromium.screenshot("qa-review-submitted");
    long reviewId = reviews.reviewOf(angry).orElseThrow();

    // The agent finds it in their reviews and disputes it.
    signInAs("agent", "agent-demo");
    chromium.open("/reviews");
    await("#reviews-grid");
    chromium
        .waitFor(WAIT)
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + reviewId + "']")));
    chromium.screenshot("qa-agent-reviews");
    chromium.open("/reviews/" + reviewId);
    await("#acknowledge");
    click("dispute");
    type("#dispute-comment textarea", "The order number was needed before I could look it up.");
    click("send-dispute");
    await("#detail-dispute");
    chromium.screenshot("qa-review-disputed");
    assertThat(reviews.find(reviewId, QA).status()).isEqualTo(ReviewStatus.DISPUTED);

    // The reviewer resolves it from the open disputes.
    signInAs("reviewer", "reviewer-demo");
    chromium.open("/disputes");
    await("#disputes-grid");
    visible(
            chromium
                .waitFor(WAIT)
                .until(
                    ExpectedConditions.elementToBeClickable(
                        By.xpath(
                            "//vaadin-grid-cell-content[normalize-space(.)='" + reviewId + "']"))))
        .click();
    visible(await("#dispute-outcome")).click();
    chromium
        .waitFor(WAIT)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='Partially accepted']")))
        .click();
    type(
        "#dispute-reason textarea",
        "Asking for the order number was fair; the wait still needed a word.");
    click("resolve-dispute");
    chromium.waitFor(WAIT).until(d -> reviews.find(reviewId, QA).status() == ReviewStatus.RESOLVED);

    // The agent sees the outcome.
    signInAs("agent", "agent-demo");
    chromium.open("/reviews/" + reviewId);
    assertThat(await("#detail-outcome").getText())
        .contains("Partially accepted")
        .contains("wait still needed a word");
    chromium.screenshot("qa-review-outcome");
    ReviewDetails resolved = reviews.find(reviewId, QA);
    assertThat(resolved.resolution()).isNotNull();
  }

  private static QueueFilter filterBy(String agentId) {
    return new QueueFilter(null, agentId, null, null, null, null, Set.of(), false, null);
  }

  private void signInAs(String username, String password) {
    chromium.on(port).signOut();
    chromium.signIn(username, password);
    chromium
        .waitFor(WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rc-welcome")));
  }

  private WebElement await(String css) {
    return chromium
        .waitFor(WAIT)
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
  }

  private WebElement visible(WebElement element) {
    ((JavascriptExecutor) chromium.driver)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }

  private void click(String id) {
    visible(chromium.driver.findElement(By.id(id))).click();
  }

  private void type(String css, String text) {
    WebElement field = visible(await(css));
    field.click();
    field.sendKeys(text);
  }

  /** Every category still unrated gets its last choice (N/A where allowed, else the top point). */
  private void rateTheRest() {
    for (WebElement group :
        chromium.driver.findElements(By.cssSelector("vaadin-radio-group[id^='rating-']"))) {
      List<WebElement> buttons = group.findElements(By.cssSelector("vaadin-radio-button"));
      boolean rated = buttons.stream().anyMatch(b -> b.getAttribute("checked") != null);
      if (!rated) {
        visible(buttons.get(buttons.size() - 1)).click();
      }
    }
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
