package com.replycraft.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.conversation.ConversationService;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The composer in a real headless Chromium on a 1366×768 laptop screen: a demo agent answers a
 * customer who waited days, sees the missing acknowledgement highlighted, applies the fix and sees
 * the delay score rise; then inserts the call offer on an escalated thread.
 */
@BrowserTest
class ComposeBrowserIT {

  private static Browser chromium;

  @LocalServerPort int port;
  @Autowired ConversationService conversations;

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

  @BeforeEach
  void signedInAsTheDemoAgent() {
    chromium.on(port).signOut();
    chromium.signIn("agent", "agent-demo");
    chromium
        .waitFor(Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rc-welcome")));
  }

  private void openThread(String externalId) {
    long id = conversations.idOfExternal(externalId).orElseThrow();
    chromium.open("/compose/" + id);
    chromium
        .waitFor(Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#draft textarea")));
  }

  private void type(String text) {
    WebElement area = chromium.driver.findElement(By.cssSelector("#draft textarea"));
    area.click();
    area.sendKeys(text);
  }

  private int delayScore() {
    String text =
        chromium
            .driver
            .findElement(By.cssSelector("#score-delay-acknowledgement .rc-meter-value"))
            .getText();
    return Integer.parseInt(text.strip());
  }

  @Test
  void an_agent_sees_the_ignored_wait_highlighted_applies_the_fix_and_the_delay_score_rises()
      throws IOException {
    chromium.open("/inbox");
    chromium
        .waitFor(Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-grid")));
    chromium.screenshot("compose-inbox");
    openThread("demo-retail-refund-two-days");
    assertThat(chromium.driver.findElement(By.id("wait-line")).getText())
        .startsWith("waited 2 d")
        .contains("overdue");

    type(
        "Hi Sam,\n\nYour refund of $189 for order RC-77310 was processed today and reaches your"
            + " card by Friday.\n\nKind regards,\nAlex");

    WebElement highlight =
        chromium
            .waitFor(Duration.ofSeconds(20))
            .until(
                ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#draft-preview .rc-hl[data-codes~='DELAY_NOT_ACKNOWLEDGED']")));
    assertThat(highlight.getAttribute("class")).contains("rc-sev-critical");
    WebElement finding = chromium.driver.findElement(By.id("finding-DELAY_NOT_ACKNOWLEDGED"));
    assertThat(finding.getText()).contains("does not acknowledge");
    int before = delayScore();
    chromium.screenshot("compose-delay-flagged");

    chromium.driver.findElement(By.id("apply-DELAY_NOT_ACKNOWLEDGED")).click();

    chromium
        .waitFor(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                By.id("finding-DELAY_NOT_ACKNOWLEDGED")));
    assertThat(delayScore()).isGreaterThan(before);
    assertThat(
            chromium.driver.findElement(By.cssSelector("#draft textarea")).getDomProperty("value"))
        .contains("waited 2 days");
    chromium.screenshot("compose-delay-fixed");
  }

  @Test
  void an_agent_inserts_the_call_offer_on_an_escalated_thread() throws IOException {
    openThread("demo-insurer-messaging-reverify");
    WebElement banner = chromium.driver.findElement(By.id("escalation-banner"));
    assertThat(banner.isDisplayed()).isTrue();
    assertThat(banner.getText()).contains("Customer frustrated");

    type(
        "Hi Priya,\n\nI'm sorry you've waited so long. Your claim CL-48213 is approved today and"
            + " the money reaches your account by Friday.\n\nKind regards,\nSam");
    chromium
        .waitFor(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.presenceOfElementLocated(By.id("finding-ESCALATION_NOT_OFFERED")));
    chromium.screenshot("compose-escalation-banner");

    chromium.driver.findElement(By.id("insert-offer")).click();

    chromium
        .waitFor(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                By.id("finding-ESCALATION_NOT_OFFERED")));
    String draft =
        chromium.driver.findElement(By.cssSelector("#draft textarea")).getDomProperty("value");
    assertThat(draft).containsIgnoringCase("call").endsWith("Sam");
    chromium.screenshot("compose-offer-inserted");

    chromium.driver.findElement(By.id("suggest-replies")).click();
    chromium
        .waitFor(Duration.ofSeconds(20))
        .until(ExpectedConditions.presenceOfElementLocated(By.id("use-suggestion-0")));
    chromium.screenshot("compose-suggestions");
  }
}
