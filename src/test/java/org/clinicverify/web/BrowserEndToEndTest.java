package org.clinicverify.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.directory.Listing;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.search.ClinicIndexAdmin;
import org.clinicverify.search.ListingIndexer;
import org.clinicverify.search.Listings;
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
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The public pages end to end in Debian's headless Chromium (driven by Selenium through
 * /usr/bin/chromedriver): search, filter, open a profile, check a seller's URL.
 * Without /usr/bin/chromium the test is skipped outside CI; CI (.ci/run) installs
 * {@code chromium chromium-driver} and a missing browser fails there.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserEndToEndTest implements TestPropertyProvider {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Inject
    EmbeddedServer server;
    @Inject
    ListingRepository repository;
    @Inject
    ListingIndexer indexer;
    @Inject
    ClinicIndexAdmin admin;
    @Inject
    ElasticsearchClient client;
    @Inject
    JsonMapper json;

    WebDriver browser;
    WebDriverWait wait;
    Listing infusion;
    Listing held;
    Path profile;

    @Override
    public @NonNull Map<String, String> getProperties() {
        return TestApp.asStrings(TestApp.withH2());
    }

    @BeforeAll
    void startBrowserAndSeed() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            Assumptions.abort("Chromium not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): skipping the browser test. Install with: apt-get install -y chromium chromium-driver");
        }
        infusion = save(Listings.clinic("drip-austin.example", "Barton Springs Infusion", 30.2640, -97.7700,
                List.of("iv-infusion"), List.of("depression"), List.of("cash"), 88, json));
        save(Listings.clinic("spravato-austin.example", "<b>Bold</b> Spravato Center", 30.2900, -97.7400,
                List.of("spravato"), List.of("depression"), List.of("insurance"), 80, json));
        save(Listings.seller("cheap-k.example", "Cheap K Austin Clinic", 30.2672, -97.7431, json));
        // Held for review: never among the two results of searchAustin().
        held = save(Listings.heldForReview("held-austin.example", "Austin Ketamine At Home", 30.2680, -97.7420, json));
        indexer.flush();
        client.indices().refresh(r -> r.index(admin.alias()));

        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=1200,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private Listing save(Listing listing) {
        Listing saved = repository.save(listing);
        indexer.index(saved);
        return saved;
    }

    private String url(String path) {
        return server.getURL() + path;
    }

    private List<String> resultNames() {
        return browser.findElements(By.cssSelector("#result-list .result h3 a")).stream().map(WebElement::getText).toList();
    }

    private void searchAustin() {
        browser.get(url("/"));
        browser.findElement(By.id("q")).sendKeys("ketamine");
        browser.findElement(By.id("near")).sendKeys("Austin, TX");
        browser.findElement(By.id("search-button")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#result-list .result"), 2));
    }

    @Test
    void searchListsClinicsWithDistanceAndTrustButNoSeller() {
        searchAustin();

        List<String> names = resultNames();
        assertTrue(names.contains("Barton Springs Infusion"), names.toString());
        assertTrue(names.contains("<b>Bold</b> Spravato Center"), "crawled text is shown escaped: " + names);
        assertFalse(names.stream().anyMatch(n -> n.contains("Cheap K")), names.toString());
        String text = browser.findElement(By.id("result-list")).getText();
        assertTrue(text.contains("miles away"), text);
        assertTrue(text.contains("Trust 88/100"), text);
    }

    @Test
    void mapShowsTheBundledStateOutlinesAndTheResults() {
        searchAustin();

        wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(By.cssSelector("#map .leaflet-overlay-pane path"), 50));

        assertTrue(browser.findElements(By.cssSelector("#map path.leaflet-interactive")).size() >= 2);
    }

    @Test
    void serviceFilterNarrowsTheResults() {
        searchAustin();

        browser.findElement(By.id("f-service-iv-infusion")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#result-list .result"), 1));

        assertEquals(List.of("Barton Springs Infusion"), resultNames());
    }

    @Test
    void profileExplainsTheEvidence() {
        searchAustin();

        browser.findElement(By.linkText("Barton Springs Infusion")).click();
        wait.until(ExpectedConditions.textToBe(By.id("name"), "Barton Springs Infusion"));

        String signals = browser.findElement(By.id("signals")).getText();
        assertTrue(signals.contains("Names a licensed physician"), signals);
        assertTrue(signals.contains("Dr. Ana Ruiz, MD"), signals);
        assertTrue(browser.getCurrentUrl().endsWith("/clinic.html?id=" + infusion.id()), browser.getCurrentUrl());
    }

    @Test
    void checkingASellerUrlWarnsWithEvidence() {
        browser.get(url("/check.html"));

        browser.findElement(By.id("url")).sendKeys("https://cheap-k.example/shop");
        browser.findElement(By.id("check-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict-title"), "unregulated seller"));

        String evidence = browser.findElement(By.id("verdict-signals")).getText();
        assertTrue(evidence.contains("No prescription needed!"), evidence);
    }

    @Test
    void aSiteHeldForReviewIsAnsweredUnderReviewAndItsProfileSaysSo() {
        browser.get(url("/check.html"));
        browser.findElement(By.id("url")).sendKeys("https://held-austin.example/");
        browser.findElement(By.id("check-button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verdict-title"), "under review"));
        String summary = browser.findElement(By.id("verdict-summary")).getText();

        browser.get(url("/clinic.html?id=" + held.id()));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("warning")));

        assertTrue(summary.contains("a moderator is checking it"), summary);
        assertTrue(browser.findElement(By.id("warning")).getText().startsWith("Under review"),
                browser.findElement(By.id("warning")).getText());
    }
}
