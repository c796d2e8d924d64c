package com.replycraft.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * End to end in a real headless Chromium (Debian's chromium and chromedriver): the app on a random
 * port in demo mode, production-mode frontend, every demo role signing in through the login page.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.datasource.url=jdbc:h2:mem:replycraft-browser;DB_CLOSE_DELAY=-1",
      "replycraft.data-dir=target/test-data",
      "replycraft.demo=true",
      "replycraft.admin-password=admin-browser-test"
    })
class BrowserIT {

  private static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static ChromeDriver browser;
  private static Path profile;

  @LocalServerPort int port;

  @BeforeAll
  static void startBrowser() throws IOException {
    profile = Files.createTempDirectory("replycraft-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--window-size=1280,860",
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.quit();
    }
    FileSystemUtils.deleteRecursively(profile.toFile());
  }

  @BeforeEach
  void signedOut() {
    browser.get(url("/login"));
    browser.manage().deleteAllCookies();
  }

  static Stream<Arguments> demoRoles() {
    return Stream.of(
        Arguments.of("agent", "agent-demo", List.of("Home", "Inbox", "Templates")),
        Arguments.of("reviewer", "reviewer-demo", List.of("Home")),
        Arguments.of("trainer", "trainer-demo", List.of("Home", "Templates")),
        Arguments.of(
            "demo-admin",
            "admin-demo",
            List.of("Home", "Inbox", "Templates", "Users", "API tokens")));
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
    browser.get(url("/login"));
    WebElement user =
        wait(Duration.ofSeconds(30))
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector("vaadin-login-form input[name='username']")));
    user.sendKeys(username);
    WebElement pass =
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
    pass.sendKeys(password);
    pass.sendKeys(Keys.ENTER);
  }

  private WebDriverWait wait(Duration timeout) {
    return new WebDriverWait(browser, timeout);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  private static void screenshot(String name) throws IOException {
    Path shot = browser.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }
}
