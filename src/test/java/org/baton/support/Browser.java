package org.baton.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for browser tests: one per test class, on a fresh profile. Waits on conditions,
 * never sleeps.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final ChromeDriverService service;
    private final Path profile;
    private String baseUrl;

    private Browser(ChromeDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    public static Browser start() {
        try {
            Path profile = Files.createTempDirectory("baton-chromium-");
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                    .usingAnyFreePort()
                    .build();
            var options = new ChromeOptions();
            options.setBinary("/usr/bin/chromium");
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--window-size=1280,900",
                    "--user-data-dir=" + profile);
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, service, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Browser at(int port) {
        this.baseUrl = "http://localhost:" + port;
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public String path() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public Browser signIn(String email, String password) {
        signOut();
        open("/sign-in");
        type(By.id("email"), email);
        type(By.id("password"), password);
        click(By.cssSelector("main form button[type=submit]"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("details.account-menu")));
        return this;
    }

    /** Forgets the session, so the next page is seen signed out. */
    public Browser signOut() {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
        return this;
    }

    public Browser type(By field, String text) {
        var element = waitFor(ExpectedConditions.elementToBeClickable(field));
        element.clear();
        element.sendKeys(text);
        return this;
    }

    /** Clicks an element once it can be clicked, after bringing it to the middle of the window (clear of the sticky header). */
    public Browser click(By element) {
        var target = waitFor(ExpectedConditions.elementToBeClickable(element));
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", target);
        target.click();
        return this;
    }

    /** Clicks a button or link by its visible text, within the main content. */
    public Browser press(String text) {
        return click(By.xpath(
                "//main//*[(self::button or self::a or self::summary) and normalize-space(.)='" + text + "']"));
    }

    public WebElement find(By by) {
        return waitFor(ExpectedConditions.presenceOfElementLocated(by));
    }

    public String text(By by) {
        return find(by).getText();
    }

    public Browser waitForText(String text) {
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains(text));
        return this;
    }

    public Browser waitForPath(String pathPrefix) {
        waitFor(d -> d.getCurrentUrl().startsWith(baseUrl + pathPrefix));
        return this;
    }

    /** Reloads the page until it shows the text, for what appears a moment after a change (the activity feed). */
    public Browser reloadUntilText(String text) {
        new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .pollingEvery(Duration.ofMillis(250))
                .until(d -> {
                    if (d.findElement(By.tagName("body")).getText().contains(text)) {
                        return true;
                    }
                    d.navigate().refresh();
                    return false;
                });
        return this;
    }

    public <T> T waitFor(java.util.function.Function<? super WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE)
                .ignoring(StaleElementReferenceException.class)
                .until(condition);
    }

    public Browser resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** Saves what the page looks like, for a person to look at. */
    public Browser screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), Path.of("/tmp", "baton-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Runs axe on the current page and fails on any serious or critical WCAG 2.1 AA violation. */
    public Browser assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        List<Rule> severe = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(severe)
                .as(() -> path() + " has accessibility violations:\n"
                        + severe.stream()
                                .map(rule -> "- [" + rule.getImpact() + "] " + rule.getId() + ": "
                                        + rule.getDescription() + "\n    "
                                        + rule.getNodes().stream()
                                                .map(node -> node.getTarget() + " " + node.getFailureSummary())
                                                .collect(Collectors.joining("\n    ")))
                                .collect(Collectors.joining("\n")))
                .isEmpty();
        return this;
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            } catch (IOException ignored) {
                // A leftover temporary profile is harmless.
            }
        }
    }
}
