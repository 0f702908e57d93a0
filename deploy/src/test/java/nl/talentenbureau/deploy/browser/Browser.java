package nl.talentenbureau.deploy.browser;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's browser: Debian's headless Chromium driven by Debian's chromedriver, both named by their path, so
 * Selenium Manager never looks for (or downloads) a browser or a driver. Every {@link #step} keeps a screenshot; the
 * {@link Browsers} extension writes them to {@code deploy/target/screenshots/} when the test fails.
 */
public final class Browser implements AutoCloseable {

    /** Debian's packages {@code chromium} and {@code chromium-driver}; {@code .ci/run} installs them. */
    public static final File CHROMIUM = new File(System.getProperty("browser.binary", "/usr/bin/chromium"));
    public static final File CHROMEDRIVER = new File(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(20);

    /** A screenshot taken at a step, in memory until the test fails. */
    record Shot(String name, byte[] png) {
    }

    private final String role;
    private final ChromeDriver driver;
    private final List<Shot> shots = new ArrayList<>();

    private Browser(String role, ChromeDriver driver) {
        this.role = role;
        this.driver = driver;
    }

    /** A fresh browser (no cookies) with a viewport of {@code width} x {@code height} CSS pixels. */
    static Browser open(String role, int width, int height, String language) {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver ("
                    + CHROMIUM + ", " + CHROMEDRIVER + "): run `.ci/run --browser-only` as root, or "
                    + "`apt-get install chromium chromium-driver`");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--window-size=" + width + "," + height, "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-extensions", "--lang=" + language,
                "--force-device-scale-factor=1");
        // the language the browser asks for (Accept-Language), as a person's browser does: Keycloak's page follows it
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        if ("root".equals(System.getProperty("user.name"))) {
            // Chromium's sandbox refuses to run as root (CI containers)
            options.addArguments("--no-sandbox");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().withSilent(true).build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Browser browser = new Browser(role, driver);
        browser.resize(width, height);
        return browser;
    }

    public String role() {
        return role;
    }

    public WebDriver driver() {
        return driver;
    }

    public void get(String url) {
        driver.get(url);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    public WebElement find(By by) {
        return until(d -> d.findElement(by));
    }

    public List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    public boolean has(By by) {
        return !driver.findElements(by).isEmpty();
    }

    /** Waits until {@code condition} answers something other than null or false. */
    public <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(condition);
    }

    /** The viewport in CSS pixels, whatever the window's frame takes: the window is grown until it fits. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        Object inner = ((JavascriptExecutor) driver)
                .executeScript("return [window.innerWidth, window.innerHeight];");
        if (inner instanceof List<?> size && size.size() == 2) {
            int dw = width - ((Number) size.get(0)).intValue();
            int dh = height - ((Number) size.get(1)).intValue();
            if (dw != 0 || dh != 0) {
                driver.manage().window().setSize(new Dimension(width + dw, height + dh));
            }
        }
    }

    /** The viewport's size, "390x844". */
    public String viewport() {
        Object inner = ((JavascriptExecutor) driver)
                .executeScript("return window.innerWidth + 'x' + window.innerHeight;");
        return String.valueOf(inner);
    }

    /** Records a step: a screenshot of what the person sees now. */
    public void step(String name) {
        shots.add(new Shot(String.format("%02d-%s-%s", shots.size() + 1, role, name), screenshot()));
    }

    public byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    List<Shot> shots() {
        return shots;
    }

    // --- the keyboard, for the keyboard-only runs ---------------------------------------------------------------

    /** The element that has the focus now. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Presses keys on the focused element, as a person at the keyboard does. */
    public void press(CharSequence... keys) {
        focused().sendKeys(keys);
    }

    /**
     * Presses Tab until the focus is on an element that {@code target} selects; answers how many presses it took.
     * Fails after {@code max} presses.
     */
    public int tabTo(By target, int max) {
        List<WebElement> wanted = driver.findElements(target);
        for (int presses = 1; presses <= max; presses++) {
            press(Keys.TAB);
            WebElement now = focused();
            if (wanted.stream().anyMatch(now::equals)) {
                return presses;
            }
        }
        throw new AssertionError("after " + max + " presses of Tab the focus is still not on " + target
                + " but on " + describe(focused()));
    }

    public static String describe(WebElement element) {
        String id = element.getAttribute("id");
        return "<" + element.getTagName() + (id == null || id.isEmpty() ? "" : " id=" + id) + "> "
                + element.getText().replaceAll("\\s+", " ").trim();
    }

    @Override
    public void close() {
        driver.quit();
    }
}
