package org.clinicverify.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clinicverify.ClientAddress;
import org.clinicverify.directory.Listing;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.partner.PartnerAccess;
import org.clinicverify.score.Category;
import org.clinicverify.score.Verdict;
import org.clinicverify.search.AssessmentRequest;
import org.clinicverify.search.AssessmentRequestRepository;
import org.clinicverify.search.SearchDocuments;

/**
 * "Is this site legitimate?" A known site answers with its verdict and evidence; an unknown one
 * answers {@code unknown} and is queued for assessment (once per host; rate-limited per client IP).
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "verify", description = "Check whether a website is a legitimate clinic or an unregulated seller")
class VerifyController {

    private final ListingRepository listings;
    private final AssessmentRequestRepository requests;
    private final SearchDocuments documents;
    private final VerifyRateLimiter limiter;
    private final ClientAddress clientAddress;
    private final Clock clock;

    VerifyController(ListingRepository listings, AssessmentRequestRepository requests, SearchDocuments documents,
                     VerifyRateLimiter limiter, ClientAddress clientAddress, Clock clock) {
        this.listings = listings;
        this.requests = requests;
        this.documents = documents;
        this.limiter = limiter;
        this.clientAddress = clientAddress;
        this.clock = clock;
    }

    /**
     * The answer of a check.
     *
     * @param status     known (a clinic or other site we have assessed), flagged (an unregulated seller),
     *                   under_review (the scorer was in doubt about a seller flag and a moderator is checking
     *                   the site) or unknown
     * @param host       the site host checked
     * @param verdict    the scorer's verdict with signals and evidence (null when unknown)
     * @param listingIds the directory listings of the site
     * @param queued     for unknown sites: whether this request queued an assessment (false if one was already queued)
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record VerifyResult(String status, String host, @Nullable Verdict verdict, List<Long> listingIds, boolean queued) {
    }

    @Get("/verify")
    @Operation(summary = "Check a website", description = "Known host: its verdict with evidence, and status 'known', "
            + "'flagged' (an unregulated seller) or 'under_review' (a moderator is checking a doubtful seller flag). "
            + "Unknown host: status 'unknown', and an assessment is queued.")
    @ApiResponse(responseCode = "400", description = "url missing or not a web address",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "429", description = "Too many checks of unknown sites from this address",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    HttpResponse<?> verify(@Parameter(description = "the site's address, e.g. https://example.com/shop") @QueryValue @Nullable String url,
                           HttpRequest<?> request) {
        String host = hostOf(url);
        List<Listing> found = listings.findBySiteHostOrderById(host);
        if (found.isEmpty()) {
            found = listings.findBySiteHostOrderById("www." + host);
        }
        if (!found.isEmpty()) {
            Listing first = found.get(0);
            Verdict verdict = documents.verdictOf(first).orElseGet(() -> fromColumns(first));
            // The listing's flag is the effective one: a moderator's decision overrides the scorer's.
            String status = first.flagged() ? "flagged" : first.underReview() ? "under_review" : "known";
            return HttpResponse.ok(new VerifyResult(status, host, verdict, found.stream().map(Listing::id).toList(), false));
        }
        if (!PartnerAccess.maySubmit(request)) {
            // A partner key without the submit scope may check sites but not queue work for us.
            return HttpResponse.ok(new VerifyResult("unknown", host, null, List.of(), false));
        }
        String client = clientAddress.of(request);
        if (!limiter.tryAcquire(client)) {
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).body(new ApiError(
                    "too many checks of unknown sites from your address; try again in a minute", "url"));
        }
        boolean queued = false;
        if (!requests.existsBySiteHostAndStatus(host, AssessmentRequest.QUEUED)) {
            requests.save(new AssessmentRequest(null, url.trim(), host, client, AssessmentRequest.QUEUED, clock.instant()));
            queued = true;
        }
        return HttpResponse.ok(new VerifyResult("unknown", host, null, List.of(), queued));
    }

    private static Verdict fromColumns(Listing listing) {
        Category category = listing.category() == null ? Category.INFORMATIONAL : Category.fromId(listing.category());
        return new Verdict(category, listing.flagged(), listing.trustScore() == null ? 0 : listing.trustScore(),
                List.of(), List.of(), listing.scorerVersion());
    }

    /** The lower-case host of a web address, without "www."; refuses anything that is not http(s). */
    static String hostOf(@Nullable String url) {
        String text = SearchParameters.blankToNull(url);
        if (text == null || text.length() > 2048) {
            throw new BadParameterException("url", "url must be a web address of at most 2048 characters");
        }
        String withScheme = text.contains("://") ? text : "https://" + text;
        try {
            URI uri = new URI(withScheme);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null || !host.contains(".")) {
                throw new BadParameterException("url", "url must be an http(s) address with a host name, e.g. https://example.com");
            }
            host = host.toLowerCase(Locale.ROOT);
            if (host.endsWith(".")) {
                host = host.substring(0, host.length() - 1);
            }
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (URISyntaxException e) {
            throw new BadParameterException("url", "url is not a valid web address");
        }
    }
}
