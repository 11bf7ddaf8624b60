package org.clinicverify.crawl;

/** The crawl database failed; the crawl cannot safely continue without it. */
public final class CrawlStorageException extends RuntimeException {

    public CrawlStorageException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}
