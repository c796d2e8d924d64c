package com.replycraft.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Training in a real headless Chromium at 1366×768: a trainer assigns an exercise; the agent
 * answers it ignoring a four-day wait, gets "not yet" with the delay finding highlighted, retries
 * and passes; the trainer sees both attempts and the agent's progress chart.
 */
@BrowserTest
class TrainingBrowserIT {

  private static final String IGNORES_THE_WAIT =
      "Hi Lucy, thank you for contacting us. We have arranged a replacement jug for order 50318,"
          + " which should arrive in 1-2 working days.";
  private static final String GOOD_REPLY =
      "Hi Lucy,\n\nI'm sorry you've waited four days for a reply, and had to chase us too. That"
          + " isn't the service we want to give.\n\nI've sent a replacement jug for order 50318 by"
          + " express post today. It should reach you by Tuesday. There's no need to send the"
          + " cracked one back.\n\nThanks for the photo, it made this quick.\nMaya";

  private static Browser chromium;

  @LocalServerPort int port;

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
        .waitFor(Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rc-welcome")));
  }

  private WebElement waitFor(By locator) {
    return chromium
        .waitFor(Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  /**
   * Clicks the cell of the grid that shows the text. Grids keep recycled cells of rows out of view
   * in the DOM, so the cell is picked by where it is drawn: inside the grid's visible box.
   */
  private void clickCell(String gridId, String text) {
    String find =
        "const grid = document.getElementById(arguments[0]);"
            + "if (!grid) return null;"
            + "const box = grid.getBoundingClientRect();"
            + "return [...grid.querySelectorAll('vaadin-grid-cell-content')].find(c => {"
            + "  const b = c.getBoundingClientRect();"
            + "  return c.textContent.includes(arguments[1]) && b.height > 0"
            + "      && b.top >= box.top && b.bottom <= box.bottom; }) || null;";
    WebElement cell =
        chromium
            .waitFor(Duration.ofSeconds(30))
            .until(
                driver ->
                    (WebElement) ((JavascriptExecutor) driver).executeScript(find, gridId, text));
    cell.click();
  }

  private void typeDraft(String text) {
    WebElement area = waitFor(By.cssSelector("#draft textarea"));
    area.click();
    area.sendKeys(text);
  }

  private String verdict() {
    return chromium
        .waitFor(Duration.ofSeconds(30))
        .until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")))
        .getText();
  }

  @Test
  void a_trainer_assigns_the_agent_learns_from_not_yet_passes_and_the_trainer_sees_progress()
      throws IOException {
    // The trainer finds the exercise, previews it and assigns it to the demo agent.
    signInAs("trainer", "trainer-demo");
    chromium.open("/training/catalog");
    WebElement filter = waitFor(By.cssSelector("#filter-text input"));
    filter.sendKeys("cracked");
    clickCell("catalog-grid", "Four days later");
    waitFor(By.id("exercise-preview"));
    chromium.screenshot("training-catalog-preview");
    chromium.driver.findElement(By.id("assign")).click();
    WebElement agents = waitFor(By.cssSelector("#assign-agents input"));
    agents.click();
    agents.sendKeys("Alex");
    chromium
        .waitFor(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-multi-select-combo-box-item[contains(., 'Alex Agent')]")))
        .click();
    chromium.screenshot("training-assign-dialog");
    ((JavascriptExecutor) chromium.driver)
        .executeScript(
            "arguments[0].click()", chromium.driver.findElement(By.id("assign-confirm")));
    chromium
        .waitFor(Duration.ofSeconds(20))
        .until(ExpectedConditions.invisibilityOfElementLocated(By.id("assign-confirm")));

    // The agent opens it from "My training", ignores the wait and gets "not yet".
    signInAs("agent", "agent-demo");
    chromium.open("/training");
    waitFor(By.id("assigned-exercises"));
    chromium.screenshot("training-my-training");
    clickCell("assigned-exercises", "Four days later");
    waitFor(By.id("reply-at"));
    typeDraft(IGNORES_THE_WAIT);
    waitFor(By.cssSelector("#draft-preview .rc-hl[data-codes~='DELAY_NOT_ACKNOWLEDGED']"));
    chromium.screenshot("training-attempt-live");
    chromium.driver.findElement(By.id("submit-attempt")).click();

    assertThat(verdict()).isEqualTo("Not yet");
    WebElement flagged =
        waitFor(By.cssSelector("#graded-reply .rc-hl[data-codes~='DELAY_NOT_ACKNOWLEDGED']"));
    assertThat(flagged.getAttribute("class")).contains("rc-sev-critical");
    assertThat(chromium.driver.findElement(By.id("coaching-note")).getText()).contains("four days");
    assertThat(chromium.driver.findElement(By.id("model-reply")).getText()).contains("Lucy");
    chromium.screenshot("training-not-yet");

    // Retry with a reply that owns the wait: pass.
    chromium.driver.findElement(By.id("retry")).click();
    WebElement area = waitFor(By.cssSelector("#draft textarea"));
    ((JavascriptExecutor) chromium.driver)
        .executeScript(
            "arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input'));", area);
    typeDraft(GOOD_REPLY);
    chromium
        .waitFor(Duration.ofSeconds(20))
        .until(
            ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("#draft-preview .rc-hl[data-codes~='DELAY_NOT_ACKNOWLEDGED']")));
    chromium.driver.findElement(By.id("submit-attempt")).click();
    chromium
        .waitFor(Duration.ofSeconds(30))
        .until(ExpectedConditions.textToBe(By.id("verdict"), "Pass"));
    chromium.screenshot("training-pass");

    // The trainer sees both attempts and the agent's progress.
    signInAs("trainer", "trainer-demo");
    chromium.open("/training/attempts?agent=agent");
    waitFor(By.id("attempts-grid"));
    chromium
        .waitFor(Duration.ofSeconds(30))
        .until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='not yet']")));
    List<WebElement> passes =
        chromium.driver.findElements(
            By.xpath("//vaadin-grid-cell-content[normalize-space(.)='pass']"));
    assertThat(passes).isNotEmpty();
    clickCell("attempts-grid", "not yet");
    waitFor(By.cssSelector("#attempt-detail #graded-reply"));
    chromium.screenshot("training-trainer-attempts");

    chromium.open("/training/progress?agent=agent");
    WebElement title = waitFor(By.id("progress-title"));
    assertThat(title.getText()).contains("attempts");
    WebElement chart = waitFor(By.cssSelector("#chart-pass-rate svg"));
    assertThat(chart.findElements(By.tagName("circle"))).isNotEmpty();
    waitFor(By.cssSelector("#chart-dimensions svg polyline"));
    chromium.screenshot("training-progress");
  }
}
