package org.clinicverify.search;

import java.io.IOException;
import java.io.StringReader;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import jakarta.inject.Singleton;
import org.clinicverify.SettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the alias searches go through and the versioned index behind it. On first use it creates
 * the index from {@code index-mappings/clinics.json} and points the alias at it.
 */
@Singleton
public final class ClinicIndexAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(ClinicIndexAdmin.class);

    private final ElasticsearchClient client;
    private final ElasticsearchEndpoint endpoint;
    private final ElasticsearchSettings settings;
    private final IndexMapping mapping = IndexMapping.load();

    ClinicIndexAdmin(ElasticsearchClient client, ElasticsearchEndpoint endpoint, ElasticsearchSettings settings) {
        this.client = client;
        this.endpoint = endpoint;
        this.settings = settings;
    }

    public String alias() {
        return settings.alias();
    }

    /** Makes sure the alias exists, creating the current mapping's index behind it if needed. */
    public void ensureReady() {
        try {
            if (client.indices().existsAlias(a -> a.name(alias())).value()) {
                return;
            }
            String index = mapping.indexName(alias());
            if (!client.indices().exists(e -> e.index(index)).value()) {
                client.indices().create(c -> c.index(index)
                        .withJson(new StringReader(mapping.jsonWithReplicas(settings.replicas()))));
                LOG.info("Created index {} from {}", index, IndexMapping.RESOURCE);
            }
            client.indices().putAlias(a -> a.index(index).name(alias()).isWriteIndex(true));
            LOG.info("Alias {} now points at {}", alias(), index);
        } catch (ElasticsearchException e) {
            throw new SettingException("Elasticsearch refused the index set-up for alias '" + alias() + "' on "
                    + endpoint.describe() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SettingException("cannot reach " + endpoint.describe() + ": " + e.getMessage(), e);
        }
    }

    /** The mapping version of {@code index-mappings/clinics.json} in this build. */
    public int mappingVersion() {
        return mapping.version();
    }

    /** Creates an empty index with the current mapping (not behind the alias). */
    void createIndex(String index) throws IOException {
        client.indices().create(c -> c.index(index)
                .withJson(new StringReader(mapping.jsonWithReplicas(settings.replicas()))));
        LOG.info("Created index {} from {}", index, IndexMapping.RESOURCE);
    }

    /** Turns periodic refresh off (while bulk-loading a new index) or back to the mapping's interval. */
    void bulkLoading(String index, boolean loading) throws IOException {
        String interval = loading ? "-1" : mapping.refreshInterval();
        client.indices().putSettings(s -> s.index(index).settings(st -> st.refreshInterval(t -> t.time(interval))));
    }

    /** How the indices behind the alias compare with this build's mapping version. */
    public enum AliasMapping {
        /** Every index is of this build's mapping version. */
        CURRENT,
        /**
         * An index of an older mapping version (the service was upgraded), or one not named after any
         * version: it refuses the new fields, so it is rebuilt.
         */
        OLDER,
        /**
         * An index of a newer mapping version: during a rolling upgrade the new build owns it, and an old
         * instance rebuilding it with the old mapping would undo the upgrade (and the new build would then
         * rebuild it back, each in turn).
         */
        NEWER
    }

    /** Where the alias stands against this build's mapping version (one request for the alias's indices). */
    public AliasMapping aliasMapping() throws IOException {
        boolean older = false;
        for (String index : indicesBehindAlias()) {
            int version = mappingVersionOf(index);
            if (version > mapping.version()) {
                return AliasMapping.NEWER;
            }
            older |= version < mapping.version(); // -1: not named after a version
        }
        return older ? AliasMapping.OLDER : AliasMapping.CURRENT;
    }

    /** The mapping version an index was made from ({@code clinics_v3}, {@code clinics_v3_<suffix>}); -1 for another name. */
    int mappingVersionOf(String index) {
        String prefix = alias() + "_v";
        if (!index.startsWith(prefix)) {
            return -1;
        }
        int end = index.indexOf('_', prefix.length());
        String digits = index.substring(prefix.length(), end < 0 ? index.length() : end);
        return !digits.isEmpty() && digits.length() < 9 && digits.chars().allMatch(Character::isDigit)
                ? Integer.parseInt(digits) : -1;
    }

    /** The concrete indices the alias points at now. */
    public Set<String> indicesBehindAlias() throws IOException {
        return client.indices().getAlias(a -> a.name(alias())).result().keySet();
    }
}
