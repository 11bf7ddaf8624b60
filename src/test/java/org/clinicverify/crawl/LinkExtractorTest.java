package org.clinicverify.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Real Jsoup on small pages: which links the crawler follows. */
class LinkExtractorTest {

    private final LinkExtractor extractor = new LinkExtractor();

    @Test
    void resolvesAnchorsAndAreasAgainstThePage() {
        LinkExtractor.Links links = links("<a href=\"team.html\">Team</a><map><area href=\"/map.html\"></map>", 10);

        assertEquals(List.of("https://clinic.example/about/team.html", "https://clinic.example/map.html"), links.outlinks());
    }

    @Test
    void resolvesAgainstTheBaseElementWhenThePageHasOne() {
        URI url = URI.create("https://clinic.example/about/index.html");
        FetchedPage page = new FetchedPage(url, url, 200, "text/html", Map.of(),
                "<html><head><base href=\"https://clinic.example/en/\"></head><body><a href=\"team.html\">Team</a></body></html>"
                        .getBytes(StandardCharsets.UTF_8), Instant.EPOCH);

        LinkExtractor.Links links = extractor.links(new PageDecoder().decode(page), 10);

        assertEquals(List.of("https://clinic.example/en/team.html"), links.outlinks());
    }

    @Test
    void dropsFragmentsSoVariantsOfOnePageCountOnce() {
        LinkExtractor.Links links = links("<a href=\"/p1.html#faq\">FAQ</a><a href=\"/p1.html#top\">Top</a>"
                + "<a href=\"#main\">Skip</a><a href=\"/p2.html\">Two</a>", 2);

        assertEquals(List.of("https://clinic.example/p1.html", "https://clinic.example/p2.html"), links.outlinks());
    }

    @Test
    void stopsAtTheOutlinkLimit() {
        LinkExtractor.Links links = links("<a href=\"/1\">1</a><a href=\"/2\">2</a><a href=\"/3\">3</a>", 2);

        assertEquals(List.of("https://clinic.example/1", "https://clinic.example/2"), links.outlinks());
    }

    @Test
    void skipsRelNofollowLinks() {
        LinkExtractor.Links links = links("<a rel=\"sponsored nofollow\" href=\"/ad\">Ad</a><a href=\"/ok\">OK</a>", 10);

        assertEquals(List.of("https://clinic.example/ok"), links.outlinks());
    }

    @Test
    void followsNothingWhenTheRobotsMetaTagSaysNofollow() {
        LinkExtractor.Links links = links("<meta name=\"ROBOTS\" content=\"noindex, NOFOLLOW\"><a href=\"/ok\">OK</a>", 10);

        assertEquals(List.of(), links.outlinks());
    }

    @Test
    void readsTheFirstCanonicalLink() {
        LinkExtractor.Links links = links("<link rel=\"canonical\" href=\"/real.html\"><link rel=\"canonical\" href=\"/other.html\">", 10);

        assertEquals(Optional.of("https://clinic.example/real.html"), links.canonical());
    }

    private LinkExtractor.Links links(String body, int maxOutlinks) {
        URI url = URI.create("https://clinic.example/about/index.html");
        FetchedPage page = new FetchedPage(url, url, 200, "text/html; charset=utf-8", Map.of(),
                ("<html><head></head><body>" + body + "</body></html>").getBytes(StandardCharsets.UTF_8), Instant.EPOCH);
        return extractor.links(new PageDecoder().decode(page), maxOutlinks);
    }
}
