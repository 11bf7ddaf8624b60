package org.clinicverify.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.micronaut.json.JsonMapper;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget in real headless Chromium, embedded in partner pages served from other loopback
 * origins (other ports on 127.0.0.1, each a different origin): one allowed by the publishable key,
 * one not, against the real search API and Elasticsearch. Skips with a message when Chromium is
 * missing outside CI (CI installs it).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WidgetBrowserTest implements TestPropertyProvider {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** How long to wait for the widget to finish a request; the assertions do not depend on speed. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    EmbeddedServer server;

    @Inject
    ApiKeys keys;

    @Inject
    ListingRepository listings;

    @Inject
    ListingIndexer indexer;

    @Inject
    ClinicIndexAdmin index;

    @Inject
    ElasticsearchClient elasticsearch;

    @Inject
    JsonMapper json;

    /** A crawled clinic name with markup in it: the widget must show it as text. */
    private static final String MARKUP_NAME = "<img src=x onerror=\"window.__pwned=1\">Lone Star <b>Ketamine</b>";

    private HttpServer allowedPartner;
    private HttpServer otherPartner;
    private ChromeDriver browser;
    private Path profile;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, Object> properties = TestApp.withH2();
        properties.putAll(PartnerTestPlans.properties());
        return TestApp.asStrings(properties);
    }

    @BeforeAll
    void start() throws IOException {
        seedClinics();
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!ci) {
            Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                    "Chromium not installed (apt-get install -y chromium chromium-driver); skipping the browser test");
        }
        allowedPartner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        otherPartner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String api = "http://127.0.0.1:" + server.getPort();
        String key = keys.create(new NewKey("partner page", KeyKind.PUBLISHABLE, List.of(origin(allowedPartner)),
                Set.of(Scope.SEARCH, Scope.VERIFY), "standard")).plainKey();
        serve(allowedPartner, api, key);
        serve(otherPartner, api, key);
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (allowedPartner != null) {
            allowedPartner.stop(0);
        }
        if (otherPartner != null) {
            otherPartner.stop(0);
        }
    }

    private void seedClinics() throws IOException {
        indexer.index(listings.save(Listings.clinic("lonestar.example", MARKUP_NAME, 30.2700, -97.7400,
                List.of("spravato"), List.of("depression"), List.of("cash"), 91, json)));
        indexer.index(listings.save(Listings.clinic("roundrock.example", "Round Rock Infusions", 30.5083, -97.6789,
                List.of("iv-infusion"), List.of("ptsd"), List.of("insurance"), 70, json)));
        indexer.flush();
        elasticsearch.indices().refresh(r -> r.index(index.alias()));
    }

    private static String origin(HttpServer partner) {
        return "http://127.0.0.1:" + partner.getAddress().getPort();
    }

    /** The partner's page: their own CSS (which must not reach the widget), our script, our elements. */
    private static void serve(HttpServer partner, String api, String key) {
        String page = """
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
                <style>li { display: none !important; } a { color: red; }</style>
                <script src="%s/widget/v1/clinic-search.js" defer></script></head>
                <body><h1>Partner health portal</h1>
                <clinic-search key="%s"></clinic-search>
                <site-check key="%s"></site-check>
                </body></html>""".formatted(api, key, key);
        byte[] body = page.getBytes(StandardCharsets.UTF_8);
        partner.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        partner.start();
    }

    private SearchContext searchWidget(HttpServer partner) {
        browser.get(origin(partner) + "/");
        WebElement host = new WebDriverWait(browser, PATIENCE).until(d -> {
            WebElement element = d.findElement(By.tagName("clinic-search"));
            return element.getShadowRoot().findElements(By.cssSelector("input[name=q]")).isEmpty() ? null : element;
        });
        SearchContext shadow = host.getShadowRoot();
        shadow.findElement(By.cssSelector("input[name=near]")).sendKeys("Austin, TX");
        shadow.findElement(By.cssSelector("input[name=q]")).sendKeys("ketamine", Keys.ENTER);
        new WebDriverWait(browser, PATIENCE).until(d -> {
            String status = shadow.findElement(By.cssSelector(".status")).getText();
            return !status.isEmpty() && !status.startsWith("Searching");
        });
        return shadow;
    }

    @Test
    void widgetOnAnAllowedPartnerOriginShowsResults() {
        SearchContext shadow = searchWidget(allowedPartner);

        WebElement roundRock = shadow.findElements(By.cssSelector("li.clinic")).stream()
                .filter(item -> item.getText().contains("Round Rock Infusions")).findFirst().orElseThrow();
        assertEquals("2 clinics found.", shadow.findElement(By.cssSelector(".status")).getText());
        assertTrue(roundRock.findElement(By.cssSelector(".meta")).getText().matches("Austin, TX · \\d+\\.\\d mi away"),
                roundRock.getText());
        assertTrue(roundRock.findElement(By.cssSelector("a.name")).getAttribute("href")
                .startsWith("http://127.0.0.1:" + server.getPort() + "/clinics/"));
        assertTrue(roundRock.getText().contains("Trust 70/100"), roundRock.getText());
    }

    @Test
    void widgetOnAnOriginNotAllowedShowsNothing() {
        SearchContext shadow = searchWidget(otherPartner);

        assertEquals(0, shadow.findElements(By.cssSelector("li.clinic")).size());
        assertEquals("The directory could not be reached.", shadow.findElement(By.cssSelector(".status")).getText());
    }

    @Test
    void clinicNameWithMarkupRendersAsText() {
        SearchContext shadow = searchWidget(allowedPartner);

        List<String> names = shadow.findElements(By.cssSelector("li.clinic a.name")).stream().map(WebElement::getText).toList();
        assertTrue(names.contains(MARKUP_NAME), names.toString());
        assertEquals(0, shadow.findElements(By.cssSelector("li.clinic img, li.clinic b")).size());
        assertEquals(Boolean.TRUE, browser.executeScript("return window.__pwned === undefined"));
    }

    @Test
    void siteCheckAnswersOnAnAllowedPartnerOrigin() {
        browser.get(origin(allowedPartner) + "/");
        WebElement host = new WebDriverWait(browser, PATIENCE).until(d -> {
            WebElement element = d.findElement(By.tagName("site-check"));
            return element.getShadowRoot().findElements(By.cssSelector("input[name=url]")).isEmpty() ? null : element;
        });
        SearchContext shadow = host.getShadowRoot();
        shadow.findElement(By.cssSelector("input[name=url]")).sendKeys("https://roundrock.example/", Keys.ENTER);

        String verdict = new WebDriverWait(browser, PATIENCE).until(d -> {
            String text = shadow.findElement(By.cssSelector(".verdict")).getText();
            return text.isEmpty() ? null : text;
        });

        assertTrue(verdict.startsWith("No warning signs found."), verdict);
    }
}
