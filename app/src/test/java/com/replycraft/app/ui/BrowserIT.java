package com.replycraft.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in a real headless Chromium (Debian's chromium and chromedriver): the app on a random
 * port in demo mode, production-mode frontend, every demo role signing in through the login page.
 */
@BrowserTest
class BrowserIT {

  private static Browser chromium;
  private static ChromeDriver browser;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    chromium = Browser.start("1280,860");
    browser = chromium.driver;
  }

  @AfterAll
  static void stopBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void signedOut() {
    chromium.on(port).signOut();
  }

  static Stream<Arguments> demoRoles() {
    return Stream.of(
        Arguments.of("agent", "agent-demo", MainLayoutTest.NAVIGATION.get("AGENT")),
        Arguments.of("reviewer", "reviewer-demo", MainLayoutTest.NAVIGATION.get("REVIEWER")),
        Arguments.of("trainer", "trainer-demo", MainLayoutTest.NAVIGATION.get("TRAINER")),
        Arguments.of("demo-admin", "admin-demo", MainLayoutTest.NAVIGATION.get("ADMIN")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("demoRoles")
  void each_demo_role_signs_in_and_sees_the_navigation_of_its_role(
      String username, String password, List<String> expectedNavigation) throws IOException {
    signIn(username, password);

    List<String> navigation =
        wait(Duration.ofSeconds(30))
            .until(
                d -> {
                  List<String> labels =
                      d.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                          .map(e -> e.getDomProperty("textContent").strip())
                          .toList();
                  return labels.isEmpty() ? null : labels;
                });
    assertThat(navigation).containsExactlyElementsOf(expectedNavigation);
    assertThat(browser.findElement(By.cssSelector(".rc-welcome")).getText())
        .isEqualTo("Welcome, " + username);
    screenshot("home-" + username);
  }

  @Test
  void the_login_page_shows_the_demo_users_in_demo_mode() throws IOException {
    browser.get(url("/login"));

    WebElement credentials =
        wait(Duration.ofSeconds(30))
            .until(ExpectedConditions.visibilityOfElementLocated(By.id("demo-credentials")));

    assertThat(credentials.getText()).contains("agent-demo").contains("reviewer-demo");
    screenshot("login");
  }

  @Test
  void a_wrong_password_keeps_the_user_on_the_login_page() {
    signIn("agent", "not-the-password");

    wait(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("error"));
    assertThat(browser.findElements(By.cssSelector("vaadin-side-nav-item"))).isEmpty();
  }

  @Test
  void an_admin_creates_a_user_on_the_users_page() throws IOException {
    signIn("demo-admin", "admin-demo");
    wait(Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".rc-welcome")));
    browser.get(url("/admin/users"));
    wait(Duration.ofSeconds(30))
        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));

    type("#new-user-username input", "browser.made");
    type("#new-user-display-name input", "Browser Made");
    type("#new-user-password input", "browser-password");
    browser
        .findElement(By.xpath("//*[@id='new-user-roles']//vaadin-checkbox[contains(., 'Agent')]"))
        .click();
    browser.findElement(By.id("new-user-create")).click();

    wait(Duration.ofSeconds(30))
        .until(
            ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("vaadin-grid"), "browser.made"));
    screenshot("admin-users");
  }

  private void type(String css, String text) {
    WebElement input = browser.findElement(By.cssSelector(css));
    input.click();
    input.sendKeys(text);
    input.sendKeys(Keys.TAB);
  }

  private void signIn(String username, String password) {
    chromium.signIn(username, password);
  }

  private WebDriverWait wait(Duration timeout) {
    return chromium.waitFor(timeout);
  }

  private String url(String path) {
    return chromium.url(path);
  }

  private static void screenshot(String name) throws IOException {
    chromium.screenshot(name);
  }
}
