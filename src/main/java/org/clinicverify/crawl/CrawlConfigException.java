package org.clinicverify.crawl;

/** A crawl configuration file that cannot be used; the message names the file, the line and the problem. */
public final class CrawlConfigException extends RuntimeException {

    public CrawlConfigException(String message) {
        super(message);
    }
}
