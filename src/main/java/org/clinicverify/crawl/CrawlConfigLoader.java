package org.clinicverify.crawl;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a crawl configuration YAML file. The file is read as a node tree (not bound to objects) so
 * that every problem, a syntax error, an unknown key, a bad duration, can be reported as
 * {@code file:line: problem}. Unknown keys are errors, not ignored: a misspelt {@code max-dept}
 * would otherwise silently crawl with the default.
 *
 * <p>Durations are {@code 200ms}, {@code 5s}, {@code 10m}, {@code 2h}, {@code 7d} or ISO-8601
 * ({@code PT5S}); sizes are bytes or {@code 512KB}/{@code 2MB}.
 */
public final class CrawlConfigLoader {

    private static final Set<String> KEYS = Set.of("name", "seeds", "sitemaps", "allowed-hosts",
            "allow-patterns", "deny-patterns", "max-depth", "max-pages-per-host", "user-agent", "contact-url",
            "politeness", "timeouts", "max-page-size", "max-redirects", "recrawl-interval",
            "allow-loopback", "allow-private-addresses", "workers", "max-active-hosts", "lease", "content-types", "max-outlinks-per-page",
            "robots-retry", "max-wait");
    private static final Set<String> POLITENESS_KEYS = Set.of("delay", "obey-crawl-delay", "max-crawl-delay");
    private static final Set<String> TIMEOUT_KEYS = Set.of("connect", "fetch");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|MB|GB)?", Pattern.CASE_INSENSITIVE);

    /**
     * Reads a configuration file; a relative path missing on disk is looked up on the classpath too
     * (the jar bundles {@code crawler-config/}), so the service runs from any directory.
     */
    public CrawlConfig load(Path file) {
        String text;
        try {
            if (!Files.exists(file) && !file.isAbsolute()) {
                try (var bundled = CrawlConfigLoader.class.getClassLoader()
                        .getResourceAsStream(file.toString().replace('\\', '/'))) {
                    if (bundled != null) {
                        return parse(file, new String(bundled.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CrawlConfigException(file + ": cannot read crawl configuration: " + e.getMessage());
        }
        return parse(file, text);
    }

    CrawlConfig parse(Path file, String text) {
        Node root;
        try (Reader reader = new java.io.StringReader(text)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            throw new CrawlConfigException(file + ":" + (mark == null ? 1 : mark.getLine() + 1)
                    + ": not valid YAML: " + e.getProblem());
        } catch (IOException e) {
            throw new CrawlConfigException(file + ": " + e.getMessage());
        }
        if (root == null) {
            throw new CrawlConfigException(file + ":1: the file is empty; expected a crawl configuration");
        }
        Section top = new Section(file, root, "", KEYS);
        Section politeness = top.section("politeness", POLITENESS_KEYS);
        Section timeouts = top.section("timeouts", TIMEOUT_KEYS);

        List<String> seeds = top.list("seeds", List.of(), (value, node) -> checkUrl(file, node, value, true));
        List<String> sitemaps = top.list("sitemaps", List.of(), (value, node) -> checkUrl(file, node, value, true));
        if (seeds.isEmpty() && sitemaps.isEmpty()) {
            throw top.error(root, "no 'seeds' and no 'sitemaps': the crawl has nowhere to start");
        }
        String userAgent = top.string("user-agent", "");
        if (userAgent.isBlank()) {
            throw top.error(root, "'user-agent' is required (a product token such as clinic-verify-bot/1.0)");
        }
        Duration lease = top.duration("lease", Duration.ofSeconds(60));
        Duration fetchTimeout = timeouts.duration("fetch", Duration.ofSeconds(30));
        if (lease.compareTo(fetchTimeout) <= 0) {
            throw top.error(top.node("lease", root), "'lease' (" + lease + ") must be longer than timeouts.fetch ("
                    + fetchTimeout + "), or another process could take a URL while it is still being fetched");
        }
        int workers = top.integer("workers", 8, 1);
        int maxActiveHosts = top.integer("max-active-hosts", workers * 32, 1);
        if (maxActiveHosts < workers) {
            throw top.error(top.node("max-active-hosts", root), "'max-active-hosts' (" + maxActiveHosts
                    + ") must be at least 'workers' (" + workers + "), or some workers would never have a host to serve");
        }
        return new CrawlConfig(file,
                top.string("name", file.getFileName().toString().replaceFirst("\\.ya?ml$", "")),
                seeds,
                sitemaps,
                top.list("allowed-hosts", List.of(), (value, node) -> value.toLowerCase(Locale.ROOT)),
                top.list("allow-patterns", List.of(), (value, node) -> regex(top, node, value)),
                top.list("deny-patterns", List.of(), (value, node) -> regex(top, node, value)),
                top.integer("max-depth", 5, 0),
                top.integer("max-pages-per-host", 500, 1),
                userAgent,
                top.string("contact-url", ""),
                politeness.duration("delay", Duration.ofSeconds(2)),
                politeness.bool("obey-crawl-delay", true),
                politeness.duration("max-crawl-delay", Duration.ofSeconds(30)),
                timeouts.duration("connect", Duration.ofSeconds(10)),
                fetchTimeout,
                top.size("max-page-size", 2L * 1024 * 1024),
                top.integer("max-redirects", 5, 0),
                top.duration("recrawl-interval", Duration.ofDays(7)),
                top.bool("allow-loopback", false),
                top.bool("allow-private-addresses", false),
                workers,
                maxActiveHosts,
                lease,
                top.list("content-types", List.of("text/html", "application/xhtml+xml"),
                        (value, node) -> value.toLowerCase(Locale.ROOT)),
                top.integer("max-outlinks-per-page", 200, 0),
                top.duration("robots-retry", Duration.ofMinutes(10)),
                top.duration("max-wait", Duration.ofMinutes(2)));
    }

    private static String checkUrl(Path file, Node node, String value, boolean demoAllowed) {
        if (demoAllowed && value.startsWith("demo:")) {
            return value;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new URISyntaxException(value, "not an absolute http(s) URL");
            }
            return value;
        } catch (URISyntaxException e) {
            throw new CrawlConfigException(file + ":" + line(node) + ": '" + value
                    + "' is not an http(s) URL or demo:<site-id> (" + e.getReason() + ")");
        }
    }

    private static Pattern regex(Section section, Node node, String value) {
        try {
            return Pattern.compile(value);
        } catch (PatternSyntaxException e) {
            throw section.error(node, "'" + value + "' is not a valid regular expression: " + e.getDescription());
        }
    }

    private static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static Duration parseDuration(String value) {
        Matcher matcher = DURATION.matcher(value.trim());
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        return Duration.parse(value.trim());
    }

    /** One mapping of the file, with the keys it accepts. */
    private static final class Section {
        private final Path file;
        private final Map<String, Node> values = new HashMap<>();
        private final Map<String, Node> keyNodes = new HashMap<>();

        Section(Path file, Node node, String prefix, Set<String> allowed) {
            this.file = file;
            if (node == null) {
                return;
            }
            if (!(node instanceof MappingNode mapping)) {
                throw new CrawlConfigException(file + ":" + line(node) + ": expected a mapping of keys"
                        + (prefix.isEmpty() ? "" : " under '" + prefix + "'"));
            }
            for (NodeTuple tuple : mapping.getValue()) {
                String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "?";
                if (!allowed.contains(key)) {
                    throw new CrawlConfigException(file + ":" + line(tuple.getKeyNode()) + ": unknown key '"
                            + (prefix.isEmpty() ? "" : prefix + ".") + key + "' (known: "
                            + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
                values.put(key, tuple.getValueNode());
                keyNodes.put(key, tuple.getKeyNode());
            }
        }

        CrawlConfigException error(Node node, String problem) {
            return new CrawlConfigException(file + ":" + line(node) + ": " + problem);
        }

        /** The value node of a key, or {@code fallback} when the key is absent. */
        Node node(String key, Node fallback) {
            return values.getOrDefault(key, fallback);
        }

        Section section(String key, Set<String> allowed) {
            return new Section(file, values.get(key), key, allowed);
        }

        private String scalar(String key) {
            Node node = values.get(key);
            if (node == null) {
                return null;
            }
            if (!(node instanceof ScalarNode scalar)) {
                throw error(node, "'" + key + "' must be a single value");
            }
            return scalar.getValue();
        }

        String string(String key, String fallback) {
            String value = scalar(key);
            return value == null ? fallback : value.trim();
        }

        int integer(String key, int fallback, int min) {
            String value = scalar(key);
            if (value == null) {
                return fallback;
            }
            try {
                int parsed = Integer.parseInt(value.trim());
                if (parsed < min) {
                    throw error(values.get(key), "'" + key + "' must be at least " + min + ", was " + parsed);
                }
                return parsed;
            } catch (NumberFormatException e) {
                throw error(values.get(key), "'" + key + "' must be a whole number, was '" + value + "'");
            }
        }

        boolean bool(String key, boolean fallback) {
            String value = scalar(key);
            if (value == null) {
                return fallback;
            }
            return switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw error(values.get(key), "'" + key + "' must be true or false, was '" + value + "'");
            };
        }

        Duration duration(String key, Duration fallback) {
            String value = scalar(key);
            if (value == null) {
                return fallback;
            }
            try {
                Duration parsed = parseDuration(value);
                if (parsed.isNegative()) {
                    throw new DateTimeParseException("negative", value, 0);
                }
                return parsed;
            } catch (DateTimeParseException e) {
                throw error(values.get(key), "'" + key + "' must be a duration such as 500ms, 2s, 10m, 7d; was '"
                        + value + "'");
            }
        }

        long size(String key, long fallback) {
            String value = scalar(key);
            if (value == null) {
                return fallback;
            }
            Matcher matcher = SIZE.matcher(value.trim());
            if (!matcher.matches()) {
                throw error(values.get(key), "'" + key + "' must be a size such as 524288, 512KB or 2MB; was '"
                        + value + "'");
            }
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "B" : matcher.group(2).toUpperCase(Locale.ROOT);
            return switch (unit) {
                case "KB" -> amount * 1024;
                case "MB" -> amount * 1024 * 1024;
                case "GB" -> amount * 1024 * 1024 * 1024;
                default -> amount;
            };
        }

        <T> List<T> list(String key, List<T> fallback, ItemReader<T> reader) {
            Node node = values.get(key);
            if (node == null) {
                return fallback;
            }
            if (!(node instanceof SequenceNode sequence)) {
                throw error(node, "'" + key + "' must be a list (one '- item' per line)");
            }
            List<T> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                    throw error(item, "each item of '" + key + "' must be a non-empty single value");
                }
                items.add(reader.read(scalar.getValue().trim(), item));
            }
            return List.copyOf(items);
        }
    }

    @FunctionalInterface
    private interface ItemReader<T> {
        T read(String value, Node node);
    }
}
