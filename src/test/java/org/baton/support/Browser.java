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
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.InvalidArgumentException;
import org.openqa.selenium.InvalidSelectorException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchSessionException;
import org.openqa.selenium.NoSuchWindowException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.UnhandledAlertException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for browser tests, on a fresh profile ({@link SharedBrowser} keeps one for the
 * whole test run).
 *
 * <p>Every wait polls a condition with a timeout and never sleeps. Each poll finds its elements afresh, and
 * a page that is navigating counts as "not yet": an element gone stale, a node that no longer belongs to the
 * document (how Chromium reports a node of the page being left) or a script run while the next page
 * replaces the current one are retried, not failures. Every helper reads or acts through such a wait, so no
 * element found before a navigation is used after it. A click that starts a navigation returns once the next
 * page has loaded.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /**
     * Marks the current page (so a click can tell whether it left it), notes on it when a navigation starts to
     * leave it, and brings the element to the middle of the window (clear of the sticky header).
     */
    private static final String MARK_PAGE_AND_SCROLL_TO =
            """
            if (!window.__batonWatching) {
              window.addEventListener('beforeunload', () => { window.__batonLeaving = true; });
              window.__batonWatching = true;
            }
            window.__batonLeaving = false;
            window.__batonPage = arguments[0];
            arguments[1].scrollIntoView({block: 'center', inline: 'nearest'});""";

    /** Whether the marked page is still there, whether it started to leave, and how far the current one loaded. */
    private static final String WHERE_AM_I =
            "return [window.__batonPage === arguments[0], window.__batonLeaving === true, document.readyState];";

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

    /** Opens a full address, such as an invitation link read from a page. */
    public Browser openAddress(String url) {
        driver.get(url);
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
        find(By.cssSelector("details.account-menu"));
        return this;
    }

    /** Forgets the session, so the next page is seen signed out. */
    public Browser signOut() {
        if (driver.getCurrentUrl().startsWith("http")) {
            driver.manage().deleteAllCookies();
        }
        return this;
    }

    /** Replaces what a field holds, once it is shown and enabled. */
    public Browser type(By field, String text) {
        waitFor("a field to type in: " + field, d -> {
            var element = d.findElement(field);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return null;
            }
            element.clear();
            element.sendKeys(text);
            return true;
        });
        return this;
    }

    /** Chooses an option of a list by its visible text. */
    public Browser select(By list, String visibleText) {
        waitFor("the option \"" + visibleText + "\" of " + list, d -> {
            new Select(d.findElement(list)).selectByVisibleText(visibleText);
            return true;
        });
        return this;
    }

    /** Chooses an option of a list by its position. */
    public Browser select(By list, int index) {
        waitFor("option " + index + " of " + list, d -> {
            new Select(d.findElement(list)).selectByIndex(index);
            return true;
        });
        return this;
    }

    /** The visible text of the option a list shows as chosen. */
    public String selected(By list) {
        return waitFor(
                "the chosen option of " + list,
                d -> new Select(d.findElement(list)).getFirstSelectedOption().getText());
    }

    /**
     * Clicks an element once it is shown and enabled, after bringing it to the middle of the window (clear of
     * the sticky header). When the click starts a navigation, returns once the next page has loaded; a click
     * that started a navigation is not repeated.
     */
    public Browser click(By element) {
        String page = UUID.randomUUID().toString();
        var marked = new AtomicBoolean();
        waitFor("something to click: " + element, d -> {
            if (marked.get() && hasLeft(page)) {
                return true; // an earlier attempt's click went through before it reported trouble
            }
            var target = d.findElement(element);
            if (!target.isDisplayed() || !target.isEnabled()) {
                return null;
            }
            js().executeScript(MARK_PAGE_AND_SCROLL_TO, page, target);
            marked.set(true);
            target.click();
            return true;
        });
        waitFor("the page after clicking " + element, d -> {
            var where = where(page);
            boolean samePage = (Boolean) where.get(0);
            boolean leaving = (Boolean) where.get(1);
            if (samePage) {
                return leaving ? null : true;
            }
            return "complete".equals(where.get(2)) ? true : null;
        });
        return this;
    }

    /** Clicks a button or link by its visible text, within the main content. */
    public Browser press(String text) {
        return click(By.xpath(
                "//main//*[(self::button or self::a or self::summary) and normalize-space(.)='" + text + "']"));
    }

    /** Waits for an element to be in the page; read it straight away, as a later navigation leaves it behind. */
    public WebElement find(By by) {
        return waitFor("an element " + by, d -> d.findElement(by));
    }

    public String text(By by) {
        return waitFor("the text of " + by, d -> d.findElement(by).getText());
    }

    /** An attribute or property of an element, such as a field's value; null when it has none. */
    public String attribute(By by, String name) {
        return waitFor(
                        "the " + name + " of " + by,
                        d -> Optional.ofNullable(d.findElement(by).getAttribute(name)))
                .orElse(null);
    }

    public boolean isSelected(By by) {
        return waitFor("whether " + by + " is selected", d -> d.findElement(by).isSelected());
    }

    /** How many elements the page has that match, with no waiting for any to appear. */
    public int count(By by) {
        return waitFor("the elements " + by, d -> d.findElements(by).size());
    }

    /** Whether the page fits the window's width, without scrolling sideways. */
    public boolean fitsTheWindowWidth() {
        return waitFor("the page's width", d ->
                (Boolean) js().executeScript("return document.documentElement.scrollWidth <= window.innerWidth;"));
    }

    /** Waits until the page has loaded and shows the text. */
    public Browser waitForText(String text) {
        waitFor("the text \"" + text + "\"", d -> loaded(d) && bodyText(d).contains(text));
        return this;
    }

    /** Waits until the page at a path starting so has loaded. */
    public Browser waitForPath(String pathPrefix) {
        waitFor("a page at " + pathPrefix, d -> d.getCurrentUrl().startsWith(baseUrl + pathPrefix) && loaded(d));
        return this;
    }

    /** Reloads the page until it shows the text, for what appears a moment after a change (the activity feed). */
    public Browser reloadUntilText(String text) {
        waitFor("the text \"" + text + "\" after reloading", d -> {
            if (loaded(d) && bodyText(d).contains(text)) {
                return true;
            }
            d.navigate().refresh();
            return false;
        });
        return this;
    }

    /**
     * Polls the condition until it gives a value (neither null nor false). An element gone stale or not there
     * yet, or a page being replaced by the next, counts as "not yet"; the last such trouble is the cause of the
     * timeout.
     */
    public <T> T waitFor(Function<? super WebDriver, T> condition) {
        return waitFor("a condition", condition);
    }

    private <T> T waitFor(String what, Function<? super WebDriver, T> condition) {
        var trouble = new AtomicReference<WebDriverException>();
        try {
            return new WebDriverWait(driver, PATIENCE, POLL).until(d -> {
                try {
                    return condition.apply(d);
                } catch (WebDriverException e) {
                    if (isFatal(e)) {
                        throw e;
                    }
                    trouble.set(e);
                    return null;
                }
            });
        } catch (TimeoutException e) {
            var cause = trouble.get() == null ? e : trouble.get();
            throw new TimeoutException("Waited " + PATIENCE.toSeconds() + " s for " + what + " on " + address(), cause);
        }
    }

    private String address() {
        try {
            return driver.getCurrentUrl();
        } catch (WebDriverException e) {
            return "a page being left";
        }
    }

    /** What no waiting mends: the browser is gone, or the test asks for something that cannot be. */
    private static boolean isFatal(WebDriverException e) {
        return e instanceof NoSuchSessionException
                || e instanceof SessionNotCreatedException
                || e instanceof NoSuchWindowException
                || e instanceof InvalidSelectorException
                || e instanceof InvalidArgumentException
                || e instanceof UnhandledAlertException;
    }

    private static boolean loaded(WebDriver d) {
        return "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState;"));
    }

    private static String bodyText(WebDriver d) {
        return d.findElement(By.tagName("body")).getText();
    }

    private boolean hasLeft(String page) {
        var where = where(page);
        return !((Boolean) where.get(0)) || (Boolean) where.get(1);
    }

    private List<?> where(String page) {
        return (List<?>) js().executeScript(WHERE_AM_I, page);
    }

    private JavascriptExecutor js() {
        return driver;
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
        Results results = waitFor(
                "axe to scan the page", d -> new AxeBuilder().withTags(WCAG).analyze(d));
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
