package org.clinicverify.moderation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;

/**
 * The public "report a site" and appeal form. Limits: {@code reports-per-address} submissions per
 * client address per {@code report-window} (counted in the database, so it holds across
 * instances), message length, and a honeypot field that people never see and bots fill in.
 */
@Singleton
class PublicReports {

    static final int MAX_MESSAGE = 4000;
    static final int MAX_CONTACT = 300;
    private static final Pattern HOST = Pattern.compile("[a-z0-9]([a-z0-9-]{0,62}\\.)+[a-z0-9-]{1,63}");

    private final PublicReportRepository reports;
    private final ModerationQueue queue;
    private final ModerationSettings settings;
    private final Clock clock;

    PublicReports(PublicReportRepository reports, ModerationQueue queue, ModerationSettings settings, Clock clock) {
        this.reports = reports;
        this.queue = queue;
        this.settings = settings;
        this.clock = clock;
    }

    /** Stores the submission and opens (or reopens) the site's item. */
    void submit(String siteHost, ReportKind kind, String message, @Nullable String contact, String clientIp) {
        if (message == null || message.isBlank()) {
            throw ModerationProblem.badRequest("message is required");
        }
        if (message.length() > MAX_MESSAGE) {
            throw ModerationProblem.badRequest("message must be at most " + MAX_MESSAGE + " characters");
        }
        if (contact != null && contact.length() > MAX_CONTACT) {
            throw ModerationProblem.badRequest("contact must be at most " + MAX_CONTACT + " characters");
        }
        Instant now = clock.instant();
        if (reports.countByClientIpAndCreatedAtGreaterThan(clientIp, now.minus(settings.reportWindow()))
                >= settings.reportsPerAddress()) {
            throw new ModerationProblem(HttpStatus.TOO_MANY_REQUESTS,
                    "too many reports from your address; try again later");
        }
        reports.save(new PublicReport(null, siteHost, kind, message.strip(),
                contact == null || contact.isBlank() ? null : contact.strip(), clientIp, now));
        queue.onPublicReport(siteHost, kind);
    }

    /** The lower-case host of a URL or bare host name; 400 naming the parameter otherwise. */
    static String hostOf(@Nullable String urlOrHost, String parameter) {
        if (urlOrHost == null || urlOrHost.isBlank()) {
            throw ModerationProblem.badRequest(parameter + " is required");
        }
        String text = urlOrHost.strip();
        String host;
        try {
            host = text.contains("://") ? new URI(text).getHost() : new URI("http://" + text).getHost();
        } catch (URISyntaxException e) {
            host = null;
        }
        if (host == null) {
            throw ModerationProblem.badRequest(parameter + " must be a site address such as example.com");
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.length() > 253 || !HOST.matcher(host).matches()) {
            throw ModerationProblem.badRequest(parameter + " must be a site address such as example.com");
        }
        return host;
    }
}
