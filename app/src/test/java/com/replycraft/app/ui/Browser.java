package com.replycraft.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium for the browser tests (Debian's chromium and chromedriver, given explicitly),
 * with the few steps every test needs: sign in, wait, take a screenshot into {@code
 * target/screenshots/}.
 */
public final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  private static final String CHROMIUM = "/usr/bin/chromium";
  private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

  final ChromeDriver driver;
  private final Path profile;
  private int port;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts Chromium with a window of the given size, e.g. "1366,768". */
  public static Browser start(String windowSize) throws IOException {
    requireChromium();
    Path profile = Files.createTempDirectory("replycraft-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
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
        "--window-size=" + windowSize,
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
            .usingAnyFreePort()
            .build();
    Files.createDirectories(SCREENSHOTS);
    return new Browser(new ChromeDriver(service, options), profile);
  }

  /**
   * On a developer's machine without Debian's chromium and chromedriver the browser tests are
   * skipped with a message saying what to install, so `./mvnw verify` still passes; in CI (where
   * {@code .ci/run} installs both) a missing browser fails the run instead of hiding the tests.
   */
  private static void requireChromium() {
    boolean installed =
        Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
    String missing =
        "browser tests need "
            + CHROMIUM
            + " and "
            + CHROMEDRIVER
            + " (Debian: apt-get install chromium chromium-driver)";
    if (!installed && System.getenv("CI") != null) {
      throw new IllegalStateException(missing);
    }
    Assumptions.assumeTrue(installed, missing);
  }

  /** The app's port; set before each test (Spring injects it into the test instance). */
  public Browser on(int appPort) {
    this.port = appPort;
    return this;
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  public void open(String path) {
    driver.get(url(path));
  }

  public void signOut() {
    driver.get(url("/login"));
    driver.manage().deleteAllCookies();
  }

  public void signIn(String username, String password) {
    driver.get(url("/login"));
    WebElement user =
        waitFor(Duration.ofSeconds(30))
            .until(
                ExpectedConditions.elementToBeClickable(
                    By.cssSelector("vaadin-login-form input[name='username']")));
    user.sendKeys(username);
    WebElement pass =
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']"));
    pass.sendKeys(password);
    pass.sendKeys(Keys.ENTER);
  }

  public WebDriverWait waitFor(Duration timeout) {
    return new WebDriverWait(driver, timeout);
  }

  public void screenshot(String name) throws IOException {
    Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  @Override
  public void close() {
    driver.quit();
    FileSystemUtils.deleteRecursively(profile.toFile());
  }
}
