package org.clinicverify.crawl;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import crawlercommons.filters.basic.BasicURLNormalizer;

/**
 * Which URLs a crawl may queue, in normal form. Normalisation is crawler-commons'
 * {@link BasicURLNormalizer} (RFC 3986 case and percent-encoding normalisation, dot segments, default
 * port, fragment removal), so one page reached by two spellings is queued once.
 *
 * <p>A URL is in scope when it is http(s), its host is allowed (the configured hosts, or the hosts of
 * the seeds when none are configured), it matches an allow pattern (when there are any) and no deny
 * pattern.
 */
final class UrlScope {

    private final BasicURLNormalizer normalizer = BasicURLNormalizer.newBuilder().build();
    private final CrawlConfig config;
    private final Set<String> hosts;

    UrlScope(CrawlConfig config) {
        this.config = config;
        Set<String> allowed = new HashSet<>(config.allowedHosts());
        if (allowed.isEmpty()) {
            for (String seed : concat(config.seeds(), config.sitemaps())) {
                normalize(seed).map(UrlScope::hostKey).ifPresent(allowed::add);
            }
        }
        this.hosts = Set.copyOf(allowed);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** The normal form of an absolute URL, or empty when it is not a usable http(s) URL. */
    Optional<URI> normalize(String url) {
        String normal = normalizer.filter(url.trim());
        if (normal == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(normal);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Why a normalised URL is out of scope, or empty when the crawl may queue it. */
    Optional<String> refusal(URI url) {
        String key = hostKey(url);
        if (!hosts.contains(key) && !hosts.contains(url.getHost().toLowerCase(Locale.ROOT))) {
            return Optional.of("host " + key + " is not in the crawl's allowed hosts");
        }
        String text = url.toString();
        if (!config.allowPatterns().isEmpty() && config.allowPatterns().stream().noneMatch(p -> p.matcher(text).find())) {
            return Optional.of("matches no allow pattern");
        }
        return config.denyPatterns().stream().filter(p -> p.matcher(text).find()).findFirst()
                .map(p -> "matches deny pattern " + p.pattern());
    }

    /**
     * The politeness key of a URL: host, plus the port when it is not the scheme's default. Two sites
     * on one address but different ports (the demo web) are two hosts.
     */
    static String hostKey(URI url) {
        String host = url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || port == PageFetcher.port(URI.create(url.getScheme() + "://x"));
        return defaultPort ? host : host + ":" + port;
    }

    /** The robots.txt of the URL's origin. */
    static URI robotsUrl(URI url) {
        return url.resolve("/robots.txt");
    }
}
