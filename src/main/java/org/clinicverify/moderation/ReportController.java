package org.clinicverify.moderation;

import java.util.Locale;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Public "report a site" and appeals: anyone may post. {@code website} is the honeypot: hidden in
 * the form, so a value there means a bot, which gets the same 202 but nothing is stored.
 */
@Controller("/api/v1/reports")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
final class ReportController {

    private final PublicReports reports;
    private final HttpClientAddressResolver addresses;

    ReportController(PublicReports reports, HttpClientAddressResolver addresses) {
        this.reports = reports;
        this.addresses = addresses;
    }

    /**
     * @param site    the address of the site (URL or host)
     * @param kind    "report" (default) or "appeal"
     * @param website honeypot: must stay empty
     */
    @Serdeable
    record ReportRequest(@Nullable String site, @Nullable String kind, @Nullable String message,
                         @Nullable String contact, @Nullable String website) {
    }

    @Post
    HttpResponse<Map<String, String>> submit(@Body ReportRequest request, HttpRequest<?> http) {
        Map<String, String> received = Map.of("status", "received");
        if (request.website() != null && !request.website().isEmpty()) {
            return HttpResponse.accepted().body(received);
        }
        String host = PublicReports.hostOf(request.site(), "site");
        reports.submit(host, kind(request.kind()), request.message(), request.contact(), clientAddress(http));
        return HttpResponse.accepted().body(received);
    }

    private String clientAddress(HttpRequest<?> http) {
        String address = addresses.resolve(http);
        return address == null ? "unknown" : address.length() > 64 ? address.substring(0, 64) : address;
    }

    private static ReportKind kind(@Nullable String kind) {
        if (kind == null || kind.isBlank()) {
            return ReportKind.REPORT;
        }
        return switch (kind.strip().toLowerCase(Locale.ROOT)) {
            case "report" -> ReportKind.REPORT;
            case "appeal" -> ReportKind.APPEAL;
            default -> throw ModerationProblem.badRequest("kind must be 'report' or 'appeal'");
        };
    }
}
