package org.clinicverify.crawl;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;

import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The crawler's one HTTP client. It never follows redirects itself: {@link #fetch} follows them hop by
 * hop so that every hop passes the SSRF guard (the {@link GuardedDns} for names, {@link #literalRefusal}
 * for IP literals), the robots/scope check of the caller, the hop limit and loop detection.
 *
 * <p>Limits: connect timeout; a whole-call timeout (a page still arriving when it fires is cut at
 * what arrived and marked truncated, not waited for); a body cap (OkHttp decompresses gzip before we
 * count, so a compression bomb is cut too).
 */
final class PageFetcher {

    /** Connection pools the hosts are spread over (by host name). */
    private static final int POOL_SHARDS = 16;
    /** How long an idle connection to a host is kept: longer than any usual per-host delay. */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(30);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final java.util.regex.Pattern IPV4_LITERAL = java.util.regex.Pattern.compile("[0-9.]+");

    private final CrawlConfig config;
    private final AddressGuard guard;
    private final OkHttpClient[] clients;
    private final Clock clock;

    PageFetcher(CrawlConfig config, HostResolver resolver, Clock clock) {
        this.config = config;
        this.guard = new AddressGuard(config.allowLoopback(), config.allowPrivateAddresses());
        this.clock = clock;
        OkHttpClient client = new OkHttpClient.Builder()
                .dns(new GuardedDns(resolver, guard))
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.fetchTimeout())
                .callTimeout(config.fetchTimeout())
                .build();
        // Connections are kept alive per host (OkHttp's default pool keeps 5, so with many hosts paced
        // apart every request opened a new TCP connection, to the site's cost too). One pool for all
        // hosts is a bottleneck: OkHttp scans every pooled connection under lock for each request, so
        // the hosts are spread over several pools, each with room for its share of the leased hosts.
        int shards = Math.min(POOL_SHARDS, config.maxActiveHosts());
        int perShard = (config.maxActiveHosts() + shards - 1) / shards;
        this.clients = new OkHttpClient[shards];
        for (int i = 0; i < shards; i++) {
            clients[i] = client.newBuilder()
                    .connectionPool(new ConnectionPool(perShard, KEEP_ALIVE.toMillis(), TimeUnit.MILLISECONDS))
                    .build();
        }
    }

    /** The conditional-GET validators we hold for a URL (empty on a first fetch). */
    record Validators(Optional<String> etag, Optional<String> lastModified) {
        static final Validators NONE = new Validators(Optional.empty(), Optional.empty());
    }

    /**
     * Fetches a page, following same-host redirects. {@code hopCheck} returns why a redirect target may
     * not be fetched (robots.txt, scope), or empty; {@code acceptedType} tests the media type.
     */
    FetchOutcome fetch(URI url, Validators validators, Function<URI, Optional<String>> hopCheck,
                       Predicate<String> acceptedType) {
        Set<URI> seen = new HashSet<>();
        URI current = url;
        for (int hop = 0; ; hop++) {
            if (!seen.add(current)) {
                return new FetchOutcome.Failed("redirect loop at " + current, false);
            }
            Exchange exchange;
            try {
                exchange = exchange(current, hop == 0 ? validators : Validators.NONE);
            } catch (AddressGuard.BlockedAddressException e) {
                return new FetchOutcome.Refused(e.getMessage());
            } catch (IOException e) {
                return new FetchOutcome.Failed(describe(e), true);
            }
            int status = exchange.status();
            if (REDIRECTS.contains(status)) {
                Optional<URI> target = exchange.location(current);
                if (target.isEmpty()) {
                    return new FetchOutcome.Failed("redirect " + status + " without a usable Location", false);
                }
                if (!sameOrigin(current, target.get())) {
                    return new FetchOutcome.RedirectedAway(target.get());
                }
                if (hop >= config.maxRedirects()) {
                    return new FetchOutcome.Failed("more than " + config.maxRedirects() + " redirects from " + url, false);
                }
                Optional<String> refusal = hopCheck.apply(target.get());
                if (refusal.isPresent()) {
                    return new FetchOutcome.Refused("redirect to " + target.get() + ": " + refusal.get());
                }
                current = target.get();
                continue;
            }
            if (status == 304) {
                return new FetchOutcome.NotModified(url);
            }
            if (status < 200 || status > 299) {
                return new FetchOutcome.HttpError(status, exchange.retryAfter(clock.instant()));
            }
            String mediaType = exchange.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (!acceptedType.test(mediaType)) {
                return new FetchOutcome.Skipped("content type '" + exchange.contentType() + "' not crawled");
            }
            FetchedPage page = new FetchedPage(url, current, status, exchange.contentType(), exchange.headers(),
                    exchange.body(), exchange.at());
            return new FetchOutcome.Fetched(page, exchange.truncated());
        }
    }

    /** One request, no redirect following (robots.txt and sitemaps use it with their own rules). */
    Exchange exchange(URI url, Validators validators) throws IOException {
        Optional<String> literal = literalRefusal(url.getHost());
        if (literal.isPresent()) {
            throw new AddressGuard.BlockedAddressException("refused " + url.getHost() + ": " + literal.get());
        }
        Request.Builder request = new Request.Builder().url(url.toString())
                .header("User-Agent", config.userAgentHeader())
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
        validators.etag().ifPresent(etag -> request.header("If-None-Match", etag));
        validators.lastModified().ifPresent(date -> request.header("If-Modified-Since", date));
        Call call = clients[Math.floorMod(url.getHost().hashCode() * 31 + url.getPort(), clients.length)]
                .newCall(request.build());
        try (Response response = call.execute()) {
            Instant at = clock.instant();
            ResponseBody body = response.body();
            Buffer buffer = new Buffer();
            boolean truncated = false;
            if (body != null) {
                truncated = readCapped(body.source(), buffer);
            }
            return new Exchange(response.code(), response.headers().toMultimap(),
                    Optional.ofNullable(response.header("Content-Type")).orElse(""), buffer.readByteArray(),
                    truncated, at);
        }
    }

    /** Reads at most the configured number of bytes; true when the body was cut (size or time). */
    private boolean readCapped(BufferedSource source, Buffer into) {
        long max = config.maxPageBytes();
        try {
            while (into.size() < max) {
                long read = source.read(into, Math.min(8192, max - into.size()));
                if (read == -1) {
                    return false;
                }
            }
            return !source.exhausted();
        } catch (IOException e) {
            // Call timeout or a connection dropped mid-body: keep what arrived, marked as cut.
            return true;
        }
    }

    /** IP literals never reach the Dns hook, so they are checked here. */
    private Optional<String> literalRefusal(String host) throws IOException {
        if (host == null) {
            throw new IOException("URL without a host");
        }
        String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (!IPV4_LITERAL.matcher(bare).matches() && !bare.contains(":")) {
            return Optional.empty();
        }
        return guard.refusal(InetAddress.getByName(bare));
    }

    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String describe(IOException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return e.getClass().getSimpleName() + message;
    }

    void close() {
        for (OkHttpClient client : clients) {
            client.dispatcher().executorService().shutdown();
            client.connectionPool().evictAll();
        }
    }

    /** One HTTP response as read (body possibly cut). */
    record Exchange(int status, Map<String, List<String>> headers, String contentType, byte[] body,
                    boolean truncated, Instant at) {

        Optional<String> header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        Optional<URI> location(URI base) {
            return header("location").flatMap(location -> {
                try {
                    URI resolved = base.resolve(location.trim().replace(" ", "%20"));
                    return Optional.of(resolved).filter(u -> u.getHost() != null
                            && (u.getScheme().equalsIgnoreCase("http") || u.getScheme().equalsIgnoreCase("https")));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            });
        }

        /** Retry-After as seconds or an HTTP date (RFC 9110 section 10.2.3). */
        Optional<Duration> retryAfter(Instant now) {
            return header("retry-after").flatMap(value -> {
                String trimmed = value.trim();
                if (trimmed.matches("\\d{1,9}")) {
                    return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
                }
                try {
                    Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            });
        }
    }
}
