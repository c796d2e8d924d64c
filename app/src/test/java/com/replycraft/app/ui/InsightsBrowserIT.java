package com.replycraft.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.replycraft.app.insights.InsightsDemoData;
import com.replycraft.app.insights.Kpi;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Insights in a real headless Chromium on a 1366×768 screen: a team lead (the demo QA reviewer)
 * opens the page on the generated demo history and sees every KPI, with its explanation on hover,
 * and every chart with its table and CSV download.
 */
@BrowserTest
class InsightsBrowserIT {

  private static Browser chromium;

  @LocalServerPort int port;
  @Autowired InsightsDemoData demoHistory;

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
  void a_team_lead_opens_insights_and_sees_every_kpi_and_chart() throws IOException {
    assertThat(demoHistory.await(Duration.ofMinutes(3))).isTrue();
    chromium.on(port).signOut();
    chromium.signIn("reviewer", "reviewer-demo");
    chromium
        .waitFor(Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rc-welcome")));

    chromium.open("/insights");
    chromium
        .waitFor(Duration.ofSeconds(60))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rc-chart svg")));
    chromium.screenshot("insights-kpis");

    for (Kpi kpi : Kpi.values()) {
      WebElement card = chromium.driver.findElement(By.id("kpi-" + kpi.key()));
      assertThat(card.getText()).contains(kpi.label());
      assertThat(card.getDomAttribute("title")).isEqualTo(kpi.explanation());
    }
    String firstResponse =
        chromium
            .driver
            .findElement(By.cssSelector("#kpi-first-response-median .rc-kpi-value"))
            .getText();
    assertThat(firstResponse).matches("[0-9.]+ min");
    List<WebElement> charts = chromium.driver.findElements(By.cssSelector(".rc-chart svg"));
    assertThat(charts).hasSize(6);
    assertThat(charts)
        .extracting(c -> c.getDomAttribute("aria-label"))
        .contains(
            "First-response time per week",
            "Response-target adherence per channel",
            "Auto-QA score per dimension",
            "Reviewed score per dimension",
            "Most frequent auto-QA findings",
            "Escalations: recommended vs offered");
    assertThat(chromium.driver.findElements(By.cssSelector("vaadin-grid.rc-insights-table")))
        .hasSize(8);
    assertThat(chromium.driver.findElements(By.cssSelector("a.rc-csv"))).hasSize(8);
    assertThat(chromium.driver.findElement(By.cssSelector(".rc-coaching-note")).getText())
        .contains("not an automated employment decision");

    scrollTo("section-first-response");
    chromium.screenshot("insights-first-response-and-adherence");
    scrollTo("section-dimensions");
    chromium.screenshot("insights-quality-trend");
    scrollTo("section-improvement");
    chromium.screenshot("insights-leaderboard");
  }

  private void scrollTo(String id) {
    chromium.driver.executeScript(
        "arguments[0].scrollIntoView({block: 'start'})", chromium.driver.findElement(By.id(id)));
  }
}
