package org.clinicverify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so docker-compose.yml is checked by reading it: the services exist
 * with the right images, are wired to each other by name, have health checks, and the app is
 * configured only through environment variables it really reads.
 */
class ComposeFileTest {

    private static Map<String, Object> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
        services = (Map<String, Object>) compose.get("services");
    }

    @Test
    void postgresElasticsearchAndAppAreDefinedWithPinnedImages() {
        assertEquals(Set.of("postgres", "elasticsearch", "app"), services.keySet());
        assertEquals("postgres:16", service("postgres").get("image"));
        String esImage = (String) service("elasticsearch").get("image");
        assertTrue(esImage.startsWith("docker.elastic.co/elasticsearch/elasticsearch:8.19."), esImage);
        assertEquals("single-node", env("elasticsearch").get("discovery.type"));
        assertTrue(String.valueOf(env("elasticsearch").get("ES_JAVA_OPTS")).matches("-Xms\\S+ -Xmx\\S+"),
                "Elasticsearch gets a fixed heap");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceHasAHealthCheckAndTheAppWaitsForHealthyDependencies() {
        for (String name : services.keySet()) {
            assertNotNull(service(name).get("healthcheck"), name + " has a healthcheck");
        }
        Map<String, Object> dependsOn = (Map<String, Object>) service("app").get("depends_on");
        assertEquals(Set.of("postgres", "elasticsearch"), dependsOn.keySet());
        dependsOn.values().forEach(condition ->
                assertEquals("service_healthy", ((Map<String, Object>) condition).get("condition")));
    }

    @Test
    void appReachesTheOtherServicesByTheirNamesAndCredentials() {
        Map<String, Object> app = env("app");
        URI jdbc = URI.create(((String) app.get("DATASOURCES_DEFAULT_URL")).substring("jdbc:".length()));
        assertEquals("postgresql", jdbc.getScheme());
        assertEquals("postgres", jdbc.getHost());
        assertEquals("/" + env("postgres").get("POSTGRES_DB"), jdbc.getPath());
        assertEquals(env("postgres").get("POSTGRES_USER"), app.get("DATASOURCES_DEFAULT_USERNAME"));
        assertEquals(env("postgres").get("POSTGRES_PASSWORD"), app.get("DATASOURCES_DEFAULT_PASSWORD"));

        URI elasticsearch = URI.create((String) app.get("ELASTICSEARCH_URL"));
        assertEquals("elasticsearch", elasticsearch.getHost());
        assertEquals(9200, elasticsearch.getPort());
    }

    @Test
    @SuppressWarnings("unchecked")
    void appPublishesThePortItListensOn() {
        String port = String.valueOf(env("app").get("CLINICVERIFY_PORT"));
        List<String> ports = (List<String>) service("app").get("ports");
        assertTrue(ports.contains(port + ":" + port), "published " + ports + " vs CLINICVERIFY_PORT " + port);
    }

    @Test
    void appIsConfiguredOnlyWithVariablesTheAppReads() throws IOException {
        Set<String> known = variablesTheAppReads();
        for (String name : env("app").keySet()) {
            assertTrue(known.contains(name), name + " is not read by the app; known: " + known);
        }
    }

    @Test
    void theDockerfileTheComposeFileBuildsExists() {
        @SuppressWarnings("unchecked")
        Map<String, Object> build = (Map<String, Object>) service("app").get("build");
        Path dockerfile = Path.of((String) build.get("context")).resolve((String) build.get("dockerfile"));
        assertTrue(Files.isRegularFile(dockerfile), dockerfile + " exists");
    }

    /**
     * Micronaut maps every property to an environment variable (upper case, dots and dashes to
     * underscores); application.yml and logback.xml also name some variables in placeholders.
     */
    @SuppressWarnings("unchecked")
    private static Set<String> variablesTheAppReads() throws IOException {
        Set<String> names = new HashSet<>();
        String yaml = Files.readString(Path.of("src/main/resources/application.yml"));
        flatten("", new Yaml().load(yaml), names);
        Pattern placeholder = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
        for (String source : List.of(yaml, Files.readString(Path.of("src/main/resources/logback.xml")))) {
            Matcher matcher = placeholder.matcher(source);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static void flatten(String prefix, Object node, Set<String> names) {
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, names));
        } else {
            names.add(prefix.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        return (Map<String, Object>) services.get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> env(String name) {
        return (Map<String, Object>) service(name).get("environment");
    }
}
