package org.clinicverify.moderation;

import static org.clinicverify.moderation.ModerationTestSupport.PASSWORD;
import static org.clinicverify.moderation.ModerationTestSupport.flaggedVerdict;
import static org.clinicverify.moderation.ModerationTestSupport.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in headless Chromium (Debian's chromium and chromium-driver): log in, open an item,
 * decide, and see the audit line; a crawled payload stays text. Outside CI a machine without
 * Chromium skips with a message; in CI (CI=true) it fails.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleBrowserTest implements TestPropertyProvider {

    static final File CHROMIUM = new File(System.getenv().getOrDefault("CLINICVERIFY_TEST_CHROMIUM", "/usr/bin/chromium"));
    static final File CHROMEDRIVER = new File(System.getenv().getOrDefault("CLINICVERIFY_TEST_CHROMEDRIVER",
            "/usr/bin/chromedriver"));
    static final String PAYLOAD = "<img src=x onerror=\"document.title='pwned'\">buy now";

    @Inject
    EmbeddedServer server;

    @Inject
    Accounts accounts;

    @Inject
    ModerationQueue queue;

    @Inject
    ListingRepository listings;

    @Inject
    ObjectMapper json;

    WebDriver browser;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return ModerationTestSupport.properties(TestApp.withH2());
    }

    @BeforeAll
    void startBrowser() throws IOException {
        if (!CHROMIUM.canExecute() || !CHROMEDRIVER.canExecute()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("Chromium and chromedriver are required in CI: apt-get install -y "
                        + "chromium chromium-driver");
            }
            Assumptions.abort("no Chromium at " + CHROMIUM + " / chromedriver at " + CHROMEDRIVER
                    + " (apt-get install -y chromium chromium-driver); skipping the console browser test");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-extensions", "--window-size=1280,1024");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        accounts.create("carol", Role.MODERATOR, PASSWORD);
        listings.save(listing("browser-seller.example", false, json.writeValueAsString(flaggedVerdict(2, "rx"))));
        listings.save(listing("browser-xss.example", true, json.writeValueAsString(flaggedVerdict(1, PAYLOAD))));
        queue.onScored("browser-seller.example", flaggedVerdict(2, PAYLOAD), "0000000000000001");
        queue.onScored("browser-xss.example", flaggedVerdict(1, PAYLOAD), "0000000000000002");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aModeratorLogsInDecidesAndSeesTheAuditLine() {
        logIn();
        open("browser-seller.example");

        new Select(browser.findElement(By.id("decision"))).selectByValue("dismissed");
        browser.findElement(By.id("reason")).sendKeys("A REMS-certified clinic, not a shop");
        browser.findElement(By.id("decide")).click();

        WebElement history = waitFor(By.id("history-table"));
        wait(5).until(ExpectedConditions.textToBePresentInElement(history, "A REMS-certified clinic, not a shop"));
        List<WebElement> cells = browser.findElements(By.cssSelector("#history-table tbody tr:last-child td"));
        assertEquals(List.of("carol", "pending_review", "dismissed"),
                cells.subList(1, 4).stream().map(WebElement::getText).toList());
    }

    @Test
    void aCrawledPayloadStaysInertText() {
        logIn();
        open("browser-xss.example");

        WebElement snippet = waitFor(By.cssSelector("#signals mark"));

        assertEquals(PAYLOAD, snippet.getText());
        assertTrue(browser.findElements(By.cssSelector("#signals img")).isEmpty());
        assertEquals("clinic-verify moderation", browser.getTitle());
    }

    private void logIn() {
        browser.manage().deleteAllCookies();
        browser.get(server.getURL() + "/console/login.html");
        waitFor(By.id("username")).sendKeys("carol");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("login-button")).click();
        wait(10).until(ExpectedConditions.urlContains("/console/index.html"));
    }

    private void open(String host) {
        browser.get(server.getURL() + "/console/index.html#queue");
        waitFor(By.linkText(host)).click();
        wait(10).withMessage(() -> "console says: " + browser.findElement(By.id("message")).getText())
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("item-title"), host));
    }

    private WebElement waitFor(By locator) {
        return wait(10).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private WebDriverWait wait(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }
}
