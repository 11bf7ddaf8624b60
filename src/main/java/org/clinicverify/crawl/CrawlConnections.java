package org.clinicverify.crawl;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfigMXBean;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sizes the database pool for a crawl. Every crawl worker may need a connection at the same moment
 * (a page, its links and its URL's completion are one transaction), and the crawl's coordinator
 * (host leases), the pipeline's site writes and the web need theirs besides; with fewer connections
 * the workers queue for the pool. So a crawl raises the pool to its workers plus
 * {@code clinicverify.crawl.pool-reserve}; a larger configured pool is left as it is.
 */
@Singleton
final class CrawlConnections {

    private static final Logger LOG = LoggerFactory.getLogger(CrawlConnections.class);

    private final DataSource dataSource;
    private final int reserve;

    CrawlConnections(DataSource dataSource, @Value("${clinicverify.crawl.pool-reserve}") int reserve) {
        this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
        this.reserve = reserve;
    }

    /** Grows the pool to at least {@code workers} + reserve connections (Hikari takes this at runtime). */
    void fit(int workers) {
        if (dataSource instanceof HikariDataSource hikari) {
            HikariConfigMXBean pool = hikari.getHikariConfigMXBean();
            int wanted = workers + reserve;
            if (pool.getMaximumPoolSize() < wanted) {
                LOG.info("Database pool raised from {} to {} connections for {} crawl workers",
                        pool.getMaximumPoolSize(), wanted, workers);
                pool.setMaximumPoolSize(wanted);
            }
        }
    }

    /** The pool's current maximum, or -1 when it is not a Hikari pool. */
    int maximumPoolSize() {
        return dataSource instanceof HikariDataSource hikari ? hikari.getHikariConfigMXBean().getMaximumPoolSize() : -1;
    }
}
