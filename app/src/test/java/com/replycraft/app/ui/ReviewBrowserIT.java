package com.replycraft.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.review.ReviewDetails;
import com.replycraft.app.review.ReviewFixtures;
import com.replycraft.app.review.ReviewService;
import com.replycraft.app.review.ReviewStatus;
import com.replycraft.app.review.Viewer;
import com.replycraft.app.security.Role;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The QA review loop in a real headless Chromium at 1366×768: a reviewer opens the review of an
 * imported conversation answered by a help desk id linked to the demo agent, sees the auto-QA
 * highlighted, completes the scorecard, saves and submits; the agent reads it and disputes it; the
 * reviewer resolves the dispute and the agent sees the outcome.
 */
@BrowserTest
class ReviewBrowserIT {

  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final Viewer QA = new Viewer(null, "browser-test", Set.of(Role.REVIEWER));

  private static Browser chromium;

  @LocalServerPort int port;
  @Autowired ReviewFixtures fixtures;
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
    ((org.openqa.selenium.JavascriptExecutor) chromium.driver)
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

  @Test
  void a_reviewer_reviews_the_agent_disputes_and_the_reviewer_resolves() throws IOException {
    long conversation = fixtures.conversationAnsweredBy("claims-22");

    // The reviewer: transcript with highlighted auto-QA, pre-filled scorecard, save, submit.
    signInAs("reviewer", "reviewer-demo");
    chromium.open("/review/" + conversation);
    await("#submit-review");
    assertThat(chromium.driver.findElements(By.cssSelector("#turn-1 .rc-hl"))).isNotEmpty();
    assertThat(chromium.driver.findElement(By.id("escalation-advice")).getText())
        .startsWith("Escalation");
    type("#comment-1 textarea", "Quote the refund date instead of the policy.");
    type("#overall-comment textarea", "Cold reply to an angry customer.");
    chromium.screenshot("review-prefilled");
    click("save-draft");
    await("vaadin-notification-card");
    rateTheRest();
    click("submit-review");
    chromium
        .waitFor(WAIT)
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector(".rc-review-status"), "Submitted"));
    chromium.screenshot("review-submitted");
    long reviewId = reviews.reviewOf(conversation).orElseThrow();

    // The agent the id is linked to: reads it in their list and disputes it.
    signInAs("agent", "agent-demo");
    chromium.open("/reviews");
    await("#reviews-grid");
    chromium.open("/reviews/" + reviewId);
    await("#acknowledge");
    assertThat(chromium.driver.findElement(By.id("detail-ratings")).getText())
        .contains("Accurate and complete resolution");
    click("dispute");
    type("#dispute-comment textarea", "Policy says 10 days; I gave the customer the real rule.");
    click("send-dispute");
    await("#detail-dispute");
    chromium.screenshot("review-disputed");
    assertThat(reviews.find(reviewId, QA).status()).isEqualTo(ReviewStatus.DISPUTED);

    // The reviewer resolves it from the open disputes.
    signInAs("reviewer", "reviewer-demo");
    chromium.open("/disputes");
    await("#disputes-grid");
    WebElement row =
        chromium
            .waitFor(WAIT)
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + reviewId + "']")));
    visible(row).click();
    visible(await("#dispute-outcome")).click();
    chromium
        .waitFor(WAIT)
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='Rejected']")))
        .click();
    type("#dispute-reason textarea", "The customer was owed a date, not the policy.");
    chromium.screenshot("review-resolving");
    click("resolve-dispute");
    chromium.waitFor(WAIT).until(d -> reviews.find(reviewId, QA).status() == ReviewStatus.RESOLVED);

    // The agent sees the outcome.
    signInAs("agent", "agent-demo");
    chromium.open("/reviews/" + reviewId);
    WebElement outcome = await("#detail-outcome");
    assertThat(outcome.getText()).contains("Rejected").contains("owed a date");
    chromium.screenshot("review-outcome");
    ReviewDetails resolved = reviews.find(reviewId, QA);
    assertThat(resolved.resolution()).isNotNull();
  }
}
