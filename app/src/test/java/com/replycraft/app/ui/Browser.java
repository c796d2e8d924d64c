package com.replycraft.app.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
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

  final ChromeDriver driver;
  private final Path profile;
  private int port;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts Chromium with a window of the given size, e.g. "1366,768". */
  public static Browser start(String windowSize) throws IOException {
    Path profile = Files.createTempDirectory("replycraft-chromium-");
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
        "--window-size=" + windowSize,
        "--user-data-dir=" + profile.toAbsolutePath());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .usingAnyFreePort()
            .build();
    Files.createDirectories(SCREENSHOTS);
    return new Browser(new ChromeDriver(service, options), profile);
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
