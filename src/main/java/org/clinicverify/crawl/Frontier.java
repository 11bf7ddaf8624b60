package org.clinicverify.crawl;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;

/**
 * The durable frontier (tables {@code crawl_url} and {@code crawl_host}, see V2__crawl.sql).
 *
 * <p>Every claim is one conditional UPDATE ({@code ... WHERE id = ? AND state = 'queued'}): the
 * database serialises concurrent updates of a row, so of two processes racing for a URL exactly one
 * sees "1 row updated". This is atomic on PostgreSQL and on H2 alike, without SKIP LOCKED. (The one
 * other way in: links a page queues for its own host, which this process leases, may be inserted
 * already claimed; an insert that finds the URL known does nothing, so it never takes a claim from
 * anyone.) A claim is a lease ({@code claimed_by}, {@code claimed_until}): when a process dies ({@code kill -9}) its
 * claims expire and {@link #releaseExpired} puts them back in the queue, so no URL is lost; a URL
 * marked {@code done} is never claimed again until its recrawl time. Hosts are leased the same way,
 * so one process works a host at a time and the per-host delay holds across processes.
 *
 * <p>Statements run in auto-commit on the raw pool (not in a Micronaut transaction), so a claim is
 * visible to other processes the moment it is made.
 */
@Singleton
public final class Frontier {

    /** Life of a URL in the frontier. */
    public enum State {
        QUEUED, CLAIMED, DONE, FAILED, SKIPPED;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** What kind of document a URL is expected to be. */
    public enum Kind {
        PAGE, SITEMAP;

        String column() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A claimed URL, with what a conditional GET needs. */
    record Entry(long id, String url, String host, Kind kind, int depth, int attempts, Optional<String> etag,
                 Optional<String> lastModified) {
    }

    private final DataSource dataSource;

    public Frontier(DataSource dataSource) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    }

    /** A URL to queue: normalised, in scope, with the host key it is leased under. */
    record NewUrl(String url, String host, Kind kind, int depth) {
    }

    /** Work that runs inside one database transaction. */
    @FunctionalInterface
    interface Transactional<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: all of it is committed or none (a page, its links and its
     * frontier completion are stored together, so a crash never leaves a page without its links).
     */
    <T> T inTransaction(Transactional<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new CrawlStorageException("crawl transaction failed", e);
        }
    }

    /** Queues a URL unless it is known already or its host is full; true when it was added. */
    boolean enqueue(String crawl, String url, String host, Kind kind, int depth, long dueAt, int maxPerHost) {
        return inTransaction(connection -> enqueueAll(connection, crawl, List.of(new NewUrl(url, host, kind, depth)),
                dueAt, maxPerHost)) == 1;
    }

    /**
     * Up to {@code max} pages of {@code host}, a host {@code owner} leases, to claim for it as they are
     * queued (see {@link #enqueueAll(Connection, String, List, long, int, Optional)}).
     */
    record ClaimAhead(String host, String owner, long until, int max) {
    }

    /** {@link #enqueueAll(Connection, String, List, long, int, Optional)}, every URL queued unclaimed. */
    int enqueueAll(Connection connection, String crawl, List<NewUrl> urls, long dueAt, int maxPerHost)
            throws SQLException {
        return enqueueAll(connection, crawl, urls, dueAt, maxPerHost, Optional.empty());
    }

    /**
     * Queues the URLs not known yet, within each host's {@code maxPerHost} pages; returns how many were
     * added. {@code INSERT ... ON CONFLICT DO NOTHING} (PostgreSQL, and H2 in PostgreSQL mode) makes a
     * URL another process queued a moment ago a no-op rather than an error that would spoil the
     * transaction. Rows are inserted in URL order and hosts in name order, so two transactions queuing
     * overlapping links take their row locks in the same order and cannot deadlock.
     *
     * <p>The pages each host has already are counted in one statement for the whole batch (the seeds
     * of a run are many hosts at once), and a {@code crawl_host} row is only written for a host that
     * had no page yet: one that has pages got its row in the transaction that queued the first of them.
     *
     * <p>With {@code claimAhead}, the first new pages of the leased host (in the order {@link #claimNext}
     * would take them: URL order is id order here) are inserted already claimed, as {@link #claimNext}
     * would leave them: a page's links to its own site are then claimed without a second write of
     * every row. They are leases like any other claim (renewed, expired, handed back).
     */
    int enqueueAll(Connection connection, String crawl, List<NewUrl> urls, long dueAt, int maxPerHost,
                   Optional<ClaimAhead> claimAhead) throws SQLException {
        if (urls.isEmpty()) {
            return 0; // most pages offer no new link (navigation repeats): not even a statement to prepare
        }
        java.util.TreeMap<String, List<NewUrl>> byHost = new java.util.TreeMap<>();
        for (NewUrl url : urls) {
            byHost.computeIfAbsent(url.host(), h -> new ArrayList<>()).add(url);
        }
        Map<String, Long> known = pageCounts(connection, crawl, byHost.keySet());
        List<NewUrl> accepted = new ArrayList<>();
        java.util.TreeSet<String> newHosts = new java.util.TreeSet<>();
        for (var host : byHost.entrySet()) {
            List<NewUrl> pages = host.getValue().stream().filter(url -> url.kind() == Kind.PAGE).toList();
            long have = known.getOrDefault(host.getKey(), 0L);
            long room = maxPerHost - have;
            host.getValue().stream().filter(url -> url.kind() != Kind.PAGE).forEach(accepted::add);
            if (room >= pages.size()) {
                accepted.addAll(pages);
            } else if (room > 0) {
                // Nearly full: only as many new URLs as there is room for, the known ones not counting.
                accepted.addAll(unknown(connection, crawl, pages).stream().limit(room).toList());
            }
            if (have == 0) {
                newHosts.add(host.getKey());
            }
        }
        accepted.sort(java.util.Comparator.comparing(NewUrl::url));
        int added = 0;
        int toClaim = claimAhead.map(ClaimAhead::max).orElse(0);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO crawl_url (crawl, url, host, kind, depth, state, due_at, claimed_by, claimed_until, attempts)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            for (NewUrl url : accepted) {
                boolean claim = toClaim > 0 && url.kind() == Kind.PAGE && url.host().equals(claimAhead.get().host());
                toClaim -= claim ? 1 : 0;
                insert.setString(1, crawl);
                insert.setString(2, url.url());
                insert.setString(3, url.host());
                insert.setString(4, url.kind().column());
                insert.setInt(5, url.depth());
                insert.setString(6, claim ? State.CLAIMED.column() : State.QUEUED.column());
                insert.setLong(7, dueAt);
                if (claim) {
                    insert.setString(8, claimAhead.get().owner());
                    insert.setLong(9, claimAhead.get().until());
                } else {
                    insert.setNull(8, Types.VARCHAR);
                    insert.setNull(9, Types.BIGINT);
                }
                insert.setInt(10, claim ? 1 : 0); // a claim counts as an attempt, as in claimNext
                insert.addBatch();
            }
            for (int count : accepted.isEmpty() ? new int[0] : insert.executeBatch()) {
                added += count > 0 || count == java.sql.Statement.SUCCESS_NO_INFO ? 1 : 0;
            }
        }
        newHosts.retainAll(accepted.stream().map(NewUrl::host).toList());
        if (added > 0 && !newHosts.isEmpty()) {
            try (PreparedStatement host = connection.prepareStatement(
                    "INSERT INTO crawl_host (host) VALUES (?) ON CONFLICT DO NOTHING")) {
                for (String name : newHosts) {
                    host.setString(1, name);
                    host.addBatch();
                }
                host.executeBatch();
            }
        }
        return added;
    }

    /** Hosts in the batch with at most this many names per statement (PostgreSQL allows 32767 parameters). */
    private static final int HOSTS_PER_COUNT = 500;

    /** Pages queued so far per host of the crawl, for the given hosts (absent: none). */
    private static Map<String, Long> pageCounts(Connection connection, String crawl, java.util.Collection<String> hosts)
            throws SQLException {
        Map<String, Long> counts = new java.util.HashMap<>();
        List<String> all = List.copyOf(hosts);
        for (int from = 0; from < all.size(); from += HOSTS_PER_COUNT) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + HOSTS_PER_COUNT));
            List<Object> parameters = new ArrayList<>();
            parameters.add(crawl);
            parameters.addAll(chunk);
            try (PreparedStatement select = prepare(connection, "SELECT host, COUNT(*) FROM crawl_url WHERE crawl = ?"
                    + " AND kind = 'page' AND host IN (" + marks(chunk.size()) + ") GROUP BY host", parameters.toArray());
                 ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    private static List<NewUrl> unknown(Connection connection, String crawl, List<NewUrl> urls) throws SQLException {
        List<NewUrl> unknown = new ArrayList<>();
        try (PreparedStatement known = connection.prepareStatement("SELECT 1 FROM crawl_url WHERE crawl = ? AND url = ?")) {
            for (NewUrl url : urls) {
                known.setString(1, crawl);
                known.setString(2, url.url());
                try (ResultSet rows = known.executeQuery()) {
                    if (!rows.next()) {
                        unknown.add(url);
                    }
                }
            }
        }
        return unknown;
    }

    /** Puts back URLs whose claim expired (their process died); frees hosts whose lease expired. */
    void releaseExpired(long now) {
        update("UPDATE crawl_url SET state = 'queued', claimed_by = NULL, claimed_until = NULL"
                + " WHERE state = 'claimed' AND claimed_until < ?", now);
        update("UPDATE crawl_host SET claimed_by = NULL, claimed_until = NULL WHERE claimed_until < ?", now);
    }

    /**
     * Brings the database's statistics of the frontier tables up to date; a run calls it once its seeds
     * are queued. Without statistics (a fresh frontier: autovacuum analyses it a minute later at the
     * earliest) PostgreSQL took {@code crawl_url} for a table of a few rows and claimed a host's URLs
     * ({@link #claimNext}) by reading the whole table rather than looking the chosen ids up.
     */
    void refreshStatistics() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            if (connection.getMetaData().getDatabaseProductName().startsWith("H2")) {
                statement.execute("ANALYZE TABLE crawl_url");
                statement.execute("ANALYZE TABLE crawl_host");
            } else {
                statement.execute("ANALYZE crawl_url, crawl_host");
            }
        } catch (SQLException e) {
            throw new CrawlStorageException("cannot analyse the frontier tables", e);
        }
    }

    /**
     * Queues again the URLs fetched long enough ago to be due for a recrawl. Called when a run
     * starts, so one run fetches a URL at most once.
     */
    void queueRecrawls(String crawl, long now) {
        update("UPDATE crawl_url SET state = 'queued' WHERE crawl = ? AND state = 'done' AND due_at <= ?", crawl, now);
    }

    /**
     * Leases up to {@code max} hosts with due URLs that no live process holds and returns every host
     * this process now holds that is not in {@code held} (hosts it works already); nothing when there
     * was no host to lease, since the hosts this process held before are all in {@code held}. One transaction:
     * the candidates are read with {@code FOR UPDATE SKIP LOCKED}, so on PostgreSQL two processes
     * leasing at the same moment take different hosts instead of waiting for each other, then leased
     * with one conditional UPDATE whose {@code claimed_by} re-check keeps the lease exclusive on H2 too.
     * (Two statements rather than {@code UPDATE ... WHERE host IN (SELECT ...)}: on H2 that took 2 s
     * for 200 hosts, against 50 ms; the URL claim below has no such problem.)
     */
    List<String> claimHosts(String crawl, String owner, long now, long until, int max, Set<String> held) {
        if (max <= 0) {
            return List.of();
        }
        String candidates = "SELECT h.host FROM crawl_host h WHERE (h.claimed_by IS NULL OR h.claimed_until < ?)"
                + " AND EXISTS (SELECT 1 FROM crawl_url u WHERE u.crawl = ? AND u.host = h.host"
                + " AND u.state = 'queued' AND u.due_at <= ?) LIMIT ? FOR UPDATE SKIP LOCKED";
        return inTransaction(connection -> {
            List<Object> hosts = new ArrayList<>(queryStrings(connection, candidates, now, crawl, now, max));
            if (hosts.isEmpty()) {
                return List.<String>of(); // the usual tick once every host with work is leased: one statement
            }
            List<Object> parameters = new ArrayList<>(List.of(owner, until, now));
            parameters.addAll(hosts);
            try (PreparedStatement update = prepare(connection, "UPDATE crawl_host SET claimed_by = ?, claimed_until = ?"
                    + " WHERE (claimed_by IS NULL OR claimed_until < ?) AND host IN (" + marks(hosts.size()) + ")",
                    parameters.toArray())) {
                update.executeUpdate();
            }
            return queryStrings(connection, "SELECT host FROM crawl_host WHERE claimed_by = ? ORDER BY host", owner)
                    .stream().filter(host -> !held.contains(host)).toList();
        });
    }

    private static List<String> queryStrings(Connection connection, String sql, Object... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, parameters);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    /** Extends the lease on a host this process works; false when it was lost (then stop working it). */
    boolean renewHost(String host, String owner, long until) {
        return update("UPDATE crawl_host SET claimed_until = ? WHERE host = ? AND claimed_by = ?",
                until, host, owner) == 1;
    }

    /** Extends every URL claim this process holds (claims taken ahead of their fetch live longer). */
    void renewClaims(String owner, long until) {
        update("UPDATE crawl_url SET claimed_until = ? WHERE claimed_by = ? AND state = 'claimed'", until, owner);
    }

    void releaseHost(String host, String owner, long finishedAt) {
        update("UPDATE crawl_host SET claimed_by = NULL, claimed_until = NULL, finished_at = ?"
                + " WHERE host = ? AND claimed_by = ?", finishedAt, host, owner);
    }

    /**
     * Claims up to {@code max} due URLs of a host in one conditional UPDATE (sitemaps first, then
     * shallowest first) and returns them in that order. Taking a few ahead saves a round trip per
     * page; the claims are leases like any other, so a process killed with claims in hand loses none
     * of them ({@link #releaseExpired}), and one that stops in order hands them back ({@link #unclaim}).
     * The rows are locked with {@code FOR UPDATE SKIP LOCKED} where the database supports it; the
     * {@code state = 'queued'} re-check keeps the claim exclusive on H2 as well.
     */
    List<Entry> claimNext(String crawl, String host, String owner, long now, long until, int max) {
        String claim = "UPDATE crawl_url SET state = 'claimed', claimed_by = ?, claimed_until = ?,"
                + " attempts = attempts + 1 WHERE id IN (SELECT id FROM crawl_url WHERE crawl = ? AND host = ?"
                + " AND state = 'queued' AND due_at <= ? ORDER BY kind DESC, depth, id LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " AND state = 'queued'";
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update = prepare(connection, claim, owner, until, crawl, host, now, max)) {
                if (update.executeUpdate() == 0) {
                    return List.of();
                }
            }
            return claimed(connection, crawl, host, owner);
        } catch (SQLException e) {
            throw new CrawlStorageException("cannot claim URLs of " + host, e);
        }
    }

    /** The URLs of a host that {@code owner} holds claimed, in the order {@link #claimNext} takes them. */
    List<Entry> claimed(Connection connection, String crawl, String host, String owner) throws SQLException {
        String claimed = "SELECT id, url, kind, depth, attempts, etag, last_modified FROM crawl_url WHERE crawl = ?"
                + " AND host = ? AND state = 'claimed' AND claimed_by = ? ORDER BY kind DESC, depth, id";
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, claimed, crawl, host, owner);
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                entries.add(new Entry(rows.getLong(1), rows.getString(2), host,
                        Kind.valueOf(rows.getString(3).toUpperCase(java.util.Locale.ROOT)), rows.getInt(4),
                        rows.getInt(5), Optional.ofNullable(rows.getString(6)), Optional.ofNullable(rows.getString(7))));
            }
        }
        return entries;
    }

    /** Hands claimed, unfetched URLs back to the queue as they were (the attempt did not happen). */
    void unclaim(List<Entry> entries, String owner) {
        for (Entry entry : entries) {
            update("UPDATE crawl_url SET state = 'queued', claimed_by = NULL, claimed_until = NULL,"
                    + " attempts = attempts - 1 WHERE id = ? AND state = 'claimed' AND claimed_by = ?", entry.id(), owner);
        }
    }

    /** The URL was fetched (or confirmed unchanged); it is due again at {@code recrawlAt}. */
    void complete(long id, int status, Optional<String> etag, Optional<String> lastModified,
                  Optional<String> contentHash, long fetchedAt, long recrawlAt) {
        inTransaction(connection -> {
            complete(connection, id, status, etag, lastModified, contentHash, fetchedAt, recrawlAt);
            return null;
        });
    }

    /** {@link #complete} inside the caller's transaction. */
    void complete(Connection connection, long id, int status, Optional<String> etag, Optional<String> lastModified,
                  Optional<String> contentHash, long fetchedAt, long recrawlAt) throws SQLException {
        try (PreparedStatement statement = prepare(connection,
                "UPDATE crawl_url SET state = 'done', claimed_by = NULL, claimed_until = NULL, last_status = ?,"
                        + " etag = COALESCE(?, etag), last_modified = COALESCE(?, last_modified),"
                        + " content_hash = COALESCE(?, content_hash), fetched_at = ?, due_at = ?, last_error = NULL"
                        + " WHERE id = ?",
                status, etag.orElse(null), lastModified.orElse(null), contentHash.orElse(null), fetchedAt,
                recrawlAt, id)) {
            statement.executeUpdate();
        }
    }

    /** Back in the queue, not before {@code dueAt} (backoff, Retry-After, robots.txt retry). */
    void reschedule(long id, long dueAt, String reason) {
        update("UPDATE crawl_url SET state = 'queued', claimed_by = NULL, claimed_until = NULL, due_at = ?,"
                + " last_error = ? WHERE id = ?", dueAt, clip(reason), id);
    }

    /** Given up on (or deliberately not fetched: robots.txt, duplicate, content type). */
    void close(long id, State state, int status, String reason) {
        update("UPDATE crawl_url SET state = ?, claimed_by = NULL, claimed_until = NULL, last_status = ?,"
                + " last_error = ? WHERE id = ?", state.column(), status, clip(reason), id);
    }

    /** Postpones every queued URL of a host (robots.txt unreachable: retry later). */
    void deferHost(String crawl, String host, long until, String reason) {
        update("UPDATE crawl_url SET due_at = ?, last_error = ? WHERE crawl = ? AND host = ? AND state = 'queued'"
                + " AND due_at < ?", until, clip(reason), crawl, host, until);
    }

    /** Gives up every queued URL of a host (address refused, crawl-delay beyond the limit). */
    void closeHost(String crawl, String host, State state, String reason) {
        update("UPDATE crawl_url SET state = ?, last_error = ? WHERE crawl = ? AND host = ? AND state = 'queued'",
                state.column(), clip(reason), crawl, host);
    }

    /** Due URLs of every host of a crawl, plus live claims: what keeps the crawl running. */
    long outstanding(String crawl, long horizon) {
        return queryLong("SELECT COUNT(*) FROM crawl_url WHERE crawl = ? AND ((state = 'queued' AND due_at <= ?)"
                + " OR state = 'claimed')", crawl, horizon);
    }

    /** Queued URLs of one host that are due before {@code horizon}. */
    long outstanding(String crawl, String host, long horizon) {
        return queryLong("SELECT COUNT(*) FROM crawl_url WHERE crawl = ? AND host = ? AND ((state = 'queued'"
                + " AND due_at <= ?) OR state = 'claimed')", crawl, host, horizon);
    }

    /** True when the crawl has URLs still to fetch (queued, or claimed by a process that may have died). */
    public boolean hasUnfinished(String crawl) {
        return queryLong("SELECT COUNT(*) FROM crawl_url WHERE crawl = ? AND state IN ('queued', 'claimed')", crawl) > 0;
    }

    /** URL counts per state. */
    public Map<State, Long> counts() {
        Map<State, Long> counts = new EnumMap<>(State.class);
        for (State state : State.values()) {
            counts.put(state, 0L);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT state, COUNT(*) FROM crawl_url GROUP BY state");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(State.valueOf(rows.getString(1).toUpperCase(java.util.Locale.ROOT)), rows.getLong(2));
            }
        } catch (SQLException e) {
            throw new CrawlStorageException("cannot count the frontier", e);
        }
        return counts;
    }

    /** URLs of a host in a state (tests and the summary). */
    public List<String> urls(State state) {
        List<String> urls = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT url FROM crawl_url WHERE state = ? ORDER BY id")) {
            select.setString(1, state.column());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    urls.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new CrawlStorageException("cannot list the frontier", e);
        }
        return urls;
    }

    private static String clip(String reason) {
        return reason == null || reason.length() <= 500 ? reason : reason.substring(0, 497) + "...";
    }

    private static long queryLong(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private long queryLong(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new CrawlStorageException("frontier query failed", e);
        }
    }

    private int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new CrawlStorageException("frontier update failed", e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else if (parameter instanceof Long value) {
                statement.setLong(i + 1, value);
            } else if (parameter instanceof Integer value) {
                statement.setInt(i + 1, value);
            } else {
                statement.setString(i + 1, parameter.toString());
            }
        }
        return statement;
    }
}
