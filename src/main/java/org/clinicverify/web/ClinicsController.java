package org.clinicverify.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clinicverify.directory.Listing;
import org.clinicverify.directory.ListingRepository;
import org.clinicverify.score.Evidence;
import org.clinicverify.score.Signal;
import org.clinicverify.score.Verdict;
import org.clinicverify.search.ClinicPage;
import org.clinicverify.search.ClinicSearch;
import org.clinicverify.search.SearchDocuments;

/** Clinic search, profiles and autocomplete. Thin: parsing in {@link SearchParameters}, queries in search. */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "clinics", description = "Find legitimate ketamine-therapy clinics")
class ClinicsController {

    private final ClinicSearch search;
    private final SearchParameters parameters;
    private final ListingRepository listings;
    private final SearchDocuments documents;

    ClinicsController(ClinicSearch search, SearchParameters parameters, ListingRepository listings,
                      SearchDocuments documents) {
        this.search = search;
        this.parameters = parameters;
        this.listings = listings;
        this.documents = documents;
    }

    @Get("/clinics")
    @Operation(summary = "Search clinics by text, place and filters",
            description = "Ranking combines text relevance, trust score and distance decay. Flagged sellers never "
                    + "appear. Pages are walked with nextCursor (stable search_after). Distances are in miles.")
    @ApiResponse(responseCode = "200", description = "A page of clinics with facets")
    @ApiResponse(responseCode = "400", description = "A parameter is invalid; the body names it",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "Search is temporarily unavailable",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @SuppressWarnings("checkstyle:ParameterNumber")
    ClinicPage clinics(@Parameter(description = "free text, e.g. 'spravato' or 'ketamine infusion'") @QueryValue @Nullable String q,
                       @Parameter(description = "US ZIP code or 'City, ST'") @QueryValue @Nullable String near,
                       @Parameter(description = "latitude, -90..90 (with lon)") @QueryValue @Nullable String lat,
                       @Parameter(description = "longitude, -180..180 (with lat)") @QueryValue @Nullable String lon,
                       @Parameter(description = "miles from the location (default 50)") @QueryValue @Nullable String radius,
                       @Parameter(description = "required service id (repeatable)") @QueryValue @Nullable List<String> service,
                       @Parameter(description = "required condition id (repeatable)") @QueryValue @Nullable List<String> condition,
                       @Parameter(description = "true: only Spravato REMS-certified settings") @QueryValue @Nullable String rems,
                       @Parameter(description = "required insurance id (repeatable)") @QueryValue @Nullable List<String> insurance,
                       @Parameter(description = "true: only listings verified by a moderator or registry check") @QueryValue @Nullable String verifiedOnly,
                       @Parameter(description = "relevance (default), distance or trust") @QueryValue @Nullable String sort,
                       @Parameter(description = "results per page, 1..100 (default 20)") @QueryValue @Nullable String size,
                       @Parameter(description = "nextCursor of the previous page") @QueryValue @Nullable String cursor) {
        return search.search(parameters.parse(q, near, lat, lon, radius, service, condition, rems, insurance,
                verifiedOnly, sort, size, cursor));
    }

    @Get("/clinics/{id}")
    @Operation(summary = "A clinic's profile with the evidence behind its trust score")
    @ApiResponse(responseCode = "404", description = "No such listing", content = @Content(schema = @Schema(implementation = ApiError.class)))
    HttpResponse<?> profile(@PathVariable String id) {
        long listingId;
        try {
            listingId = Long.parseLong(id.trim());
        } catch (NumberFormatException e) {
            throw new BadParameterException("id", "id must be a listing number");
        }
        return listings.findById(listingId).<HttpResponse<?>>map(listing -> HttpResponse.ok(toProfile(listing)))
                .orElseGet(() -> HttpResponse.notFound(new ApiError("no clinic with id " + listingId, "id")));
    }

    @Get("/suggest")
    @Operation(summary = "Autocomplete clinic names and places")
    SuggestResult suggest(@Parameter(description = "what the person has typed so far") @QueryValue @Nullable String prefix,
                                          @Parameter(description = "suggestions, 1..20 (default 8)") @QueryValue @Nullable String size) {
        String text = SearchParameters.blankToNull(prefix);
        if (text == null || text.length() > 100) {
            throw new BadParameterException("prefix", "prefix must be 1 to 100 characters");
        }
        int count = 8;
        if (SearchParameters.blankToNull(size) != null) {
            try {
                count = Integer.parseInt(size.trim());
            } catch (NumberFormatException e) {
                count = -1;
            }
            if (count < 1 || count > 20) {
                throw new BadParameterException("size", "size must be a whole number from 1 to 20");
            }
        }
        return new SuggestResult(search.suggest(text, count));
    }

    /** Autocomplete answer: clinic names (kind "clinic") and places (kind "place"). */
    @io.micronaut.serde.annotation.Serdeable
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS)
    record SuggestResult(List<ClinicSearch.Suggestion> suggestions) {
    }

    private ClinicProfile toProfile(Listing listing) {
        Verdict verdict = documents.verdictOf(listing).orElse(null);
        List<Signal> signals = verdict == null ? List.of() : verdict.signals();
        Set<String> sources = new LinkedHashSet<>();
        if (listing.websiteUrl() != null) {
            sources.add(listing.websiteUrl());
        }
        for (Signal signal : signals) {
            for (Evidence evidence : signal.evidence() == null ? List.<Evidence>of() : signal.evidence()) {
                if (evidence.url() != null) {
                    sources.add(evidence.url());
                }
            }
        }
        return new ClinicProfile(listing.id(), listing.name(), listing.siteHost(), listing.websiteUrl(),
                listing.street(), listing.city(), listing.region(), listing.postalCode(), listing.country(),
                listing.phone(), listing.latitude(), listing.longitude(), listing.services(), listing.conditions(),
                listing.payment(), listing.insurance(), listing.category(), listing.flagged(), listing.underReview(),
                listing.trustScore(), listing.remsVerified(), verdict == null ? List.of() : verdict.badges(),
                signals, new ArrayList<>(sources), listing.scorerVersion(), listing.lastCrawledAt(),
                listing.lastVerifiedAt(), listing.updatedAt());
    }
}
