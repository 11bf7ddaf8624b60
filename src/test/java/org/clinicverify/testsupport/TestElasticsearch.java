package org.clinicverify.testsupport;

import java.nio.file.Path;
import java.time.Duration;

import org.clinicverify.search.LocalElasticsearchNode;
import org.clinicverify.search.LocalNodeSettings;

/**
 * One real Elasticsearch node for the whole test run, started the project's own way (the same code
 * the app uses on its embedded defaults) from the distribution the Maven build fetched. Tests keep
 * out of each other's way by using their own alias ({@link TestApp#uniqueAlias()}).
 */
public final class TestElasticsearch {

    private static LocalElasticsearchNode node;

    private TestElasticsearch() {
    }

    public static synchronized String url() {
        if (node == null) {
            node = LocalElasticsearchNode.start(settings(), Path.of("target", "test-elasticsearch"));
            Runtime.getRuntime().addShutdownHook(new Thread(node::close, "test-elasticsearch-stop"));
        }
        return node.url().toString();
    }

    /** The local-node settings the tests use: the zip the build fetched, a small heap. */
    public static LocalNodeSettings settings() {
        String zip = System.getProperty("clinicverify.test.elasticsearch.zip");
        return new LocalNodeSettings(zip == null ? null : Path.of(zip), "8.19.21", "512m",
                Duration.ofSeconds(180), "clinicverify-es");
    }
}
