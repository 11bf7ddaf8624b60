package org.clinicverify.crawl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

/**
 * Fetched pages, gzip-compressed with their headers and fetch time (table {@code crawl_page}). Every
 * fetch that changed content adds a row, so the history is evidence; readers want the latest row per
 * URL ({@link #latestPages}).
 */
@Singleton
public final class PageStore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, host, requested_url, final_url, status, content_type, headers_json,"
            + " body_gzip, truncated, content_hash, fetched_at";

    private final DataSource dataSource;

    public PageStore(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** SHA-256 of a body, hex: the deduplication key. */
    public static String contentHash(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the JDK", e);
        }
    }

    /** Stores a page and returns it as stored. */
    public StoredPage save(String host, FetchedPage page, boolean truncated) {
        Encoded encoded = encode(host, page, truncated);
        try (Connection connection = dataSource.getConnection()) {
            return save(connection, encoded);
        } catch (SQLException e) {
            throw new CrawlStorageException("cannot store " + page.finalUrl(), e);
        }
    }

    /** A page ready to insert: hashed, compressed and its headers serialised, outside any transaction. */
    record Encoded(String host, FetchedPage page, boolean truncated, String hash, String headersJson, byte[] gzipped) {
    }

    Encoded encode(String host, FetchedPage page, boolean truncated) {
        return encode(host, page, truncated, contentHash(page.body()));
    }

    /** {@link #encode} with the content hash the caller already computed. */
    Encoded encode(String host, FetchedPage page, boolean truncated, String hash) {
        try {
            return new Encoded(host, page, truncated, hash, JSON.writeValueAsString(page.headers()),
                    gzip(page.body()));
        } catch (JsonProcessingException e) {
            throw new CrawlStorageException("cannot store the headers of " + page.finalUrl(), e);
        }
    }

    private static final String INSERT_COLUMNS = "INSERT INTO crawl_page (host, requested_url, final_url, status,"
            + " content_type, headers_json, body_gzip, body_length, truncated, content_hash, fetched_at)";

    /** Inserts an encoded page inside the caller's transaction (the crawler stores a page with its links). */
    StoredPage save(Connection connection, Encoded encoded) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                INSERT_COLUMNS + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
            bind(insert, encoded);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return stored(encoded, keys.getLong(1));
            }
        }
    }

    /**
     * {@link #save(Connection, Encoded)} unless another URL of the host already has exactly this
     * content (a duplicate page): then nothing is stored and the answer is empty. The duplicate check
     * is the insert's own condition, so a page costs one statement, not a query and then an insert;
     * a host is worked by one process at a time (its lease), so no other insert races this one.
     */
    Optional<StoredPage> saveUnlessDuplicate(Connection connection, Encoded encoded) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_COLUMNS
                + " SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM crawl_page"
                + " WHERE host = ? AND content_hash = ? AND final_url <> ?)", new String[] {"id"})) {
            bind(insert, encoded);
            insert.setString(12, encoded.host());
            insert.setString(13, encoded.hash());
            insert.setString(14, encoded.page().finalUrl().toString());
            if (insert.executeUpdate() == 0) {
                return Optional.empty();
            }
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return Optional.of(stored(encoded, keys.getLong(1)));
            }
        }
    }

    /** Sets the eleven columns of {@link #INSERT_COLUMNS}. */
    private static void bind(PreparedStatement insert, Encoded encoded) throws SQLException {
        FetchedPage page = encoded.page();
        insert.setString(1, encoded.host());
        insert.setString(2, page.requestedUrl().toString());
        insert.setString(3, page.finalUrl().toString());
        insert.setInt(4, page.status());
        insert.setString(5, page.contentType());
        insert.setString(6, encoded.headersJson());
        insert.setBytes(7, encoded.gzipped());
        insert.setInt(8, page.body().length);
        insert.setBoolean(9, encoded.truncated());
        insert.setString(10, encoded.hash());
        insert.setObject(11, OffsetDateTime.ofInstant(page.fetchedAt(), ZoneOffset.UTC));
    }

    private static StoredPage stored(Encoded encoded, long id) {
        FetchedPage page = encoded.page();
        return new StoredPage(id, encoded.host(), page.requestedUrl(), page.finalUrl(), page.status(),
                page.contentType(), page.headers(), page.body(), encoded.truncated(), encoded.hash(), page.fetchedAt());
    }

    /** Selects from crawl_page p the newest version of every page of one host (parameter 1), by URL. */
    private static final String LATEST_OF_HOST = " FROM crawl_page p WHERE p.host = ? AND p.id ="
            + " (SELECT MAX(q.id) FROM crawl_page q WHERE q.host = p.host AND q.final_url = p.final_url)"
            + " ORDER BY p.final_url";

    /** The newest stored version of every page of a host, ordered by URL. */
    public List<StoredPage> latestPages(String host) {
        return query("SELECT " + COLUMNS + LATEST_OF_HOST, host, PageStore::storedPage);
    }

    /** A stored page without its body and headers: what a reader needs to know which pages it has. */
    public record Head(long id, URI finalUrl, int status, Instant fetchedAt) {
    }

    /** {@link #latestPages} without bodies and headers, in the same order (nothing to decompress). */
    public List<Head> latestHeads(String host) {
        return query("SELECT p.id, p.final_url, p.status, p.fetched_at" + LATEST_OF_HOST, host,
                rows -> new Head(rows.getLong(1), URI.create(rows.getString(2)), rows.getInt(3),
                        rows.getObject(4, OffsetDateTime.class).toInstant()));
    }

    /** Hosts with at least one stored page, in name order. */
    public List<String> hosts() {
        List<String> hosts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT DISTINCT host FROM crawl_page ORDER BY host");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                hosts.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new CrawlStorageException("cannot list crawled hosts", e);
        }
        return hosts;
    }

    /** Number of stored page versions. */
    public long count() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM crawl_page");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new CrawlStorageException("cannot count stored pages", e);
        }
    }

    /** Reads one row of a result into a value. */
    private interface RowReader<T> {
        T read(ResultSet rows) throws SQLException, JsonProcessingException;
    }

    private <T> List<T> query(String sql, String parameter, RowReader<T> reader) {
        List<T> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.add(reader.read(rows));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new CrawlStorageException("cannot read stored pages of " + parameter, e);
        }
        return found;
    }

    private static StoredPage storedPage(ResultSet rows) throws SQLException, JsonProcessingException {
        return new StoredPage(rows.getLong(1), rows.getString(2), URI.create(rows.getString(3)),
                URI.create(rows.getString(4)), rows.getInt(5), rows.getString(6),
                JSON.readValue(rows.getString(7), HEADERS), gunzip(rows.getBytes(8)), rows.getBoolean(9),
                rows.getString(10), rows.getObject(11, OffsetDateTime.class).toInstant());
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 3));
        // Fastest deflate level: about three times quicker than the default level 6 on HTML, for pages
        // about a third larger on disk; at the default, compressing a page cost more than parsing it.
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] stored) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return gzip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("stored page is not valid gzip", e);
        }
    }
}
