package org.clinicverify.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.clinicverify.directory.Listing;
import org.clinicverify.score.Signal;
import org.clinicverify.score.Verdict;
import org.clinicverify.search.SearchDocuments;

/**
 * The public list of flagged sellers for partners to sync, oldest change first. For now a listing
 * counts as confirmed when {@code listing.flagged} is true (moderation sets and clears it).
 */
@Controller("/api/v1")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "flagged", description = "Sellers flagged as unregulated, for partners to sync")
class FlaggedController {

    static final int DEFAULT_SIZE = 100;

    private final FlaggedListings flagged;
    private final SearchDocuments documents;

    FlaggedController(FlaggedListings flagged, SearchDocuments documents) {
        this.flagged = flagged;
        this.documents = documents;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FlaggedSeller(long id, String siteHost, String name, @Nullable String websiteUrl, @Nullable String category,
                         @Nullable Integer trustScore, List<String> reasons, Instant updatedAt) {
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record FlaggedPage(List<FlaggedSeller> results, @Nullable String nextCursor) {
    }

    @Get("/flagged")
    @Operation(summary = "Flagged sellers changed since a time, ordered by update time",
            description = "Walk with nextCursor until it is null; keep the last updatedAt as the next 'since'.")
    FlaggedPage list(@Parameter(description = "ISO-8601 instant, e.g. 2026-11-01T00:00:00Z") @QueryValue @Nullable String since,
                     @Parameter(description = "nextCursor of the previous page") @QueryValue @Nullable String cursor,
                     @Parameter(description = "results per page, 1..500 (default 100)") @QueryValue @Nullable String size) {
        Instant from = Instant.EPOCH;
        if (SearchParameters.blankToNull(since) != null) {
            try {
                from = Instant.parse(since.trim());
            } catch (DateTimeParseException e) {
                throw new BadParameterException("since", "since must be an ISO-8601 instant such as 2026-11-01T00:00:00Z");
            }
        }
        int limit = DEFAULT_SIZE;
        if (SearchParameters.blankToNull(size) != null) {
            try {
                limit = Integer.parseInt(size.trim());
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > 500) {
                throw new BadParameterException("size", "size must be a whole number from 1 to 500");
            }
        }
        Instant afterTime = Instant.EPOCH.minusSeconds(1);
        long afterId = 0;
        if (SearchParameters.blankToNull(cursor) != null) {
            String[] parts = decode(cursor);
            afterTime = Instant.parse(parts[0]);
            afterId = Long.parseLong(parts[1]);
        }
        List<Listing> rows = flagged.page(from, afterTime, afterId, limit + 1);
        boolean more = rows.size() > limit;
        List<Listing> page = more ? rows.subList(0, limit) : rows;
        List<FlaggedSeller> results = new ArrayList<>();
        for (Listing listing : page) {
            List<String> reasons = documents.verdictOf(listing).map(Verdict::signals).orElse(List.of()).stream()
                    .filter(s -> s.weight() < 0).map(Signal::explanation).toList();
            results.add(new FlaggedSeller(listing.id(), listing.siteHost(), listing.name(), listing.websiteUrl(),
                    listing.category(), listing.trustScore(), reasons, listing.updatedAt()));
        }
        String next = null;
        if (more) {
            Listing last = page.get(page.size() - 1);
            next = Base64.getUrlEncoder().withoutPadding().encodeToString((last.updatedAt() + "|" + last.id())
                    .getBytes(StandardCharsets.UTF_8));
        }
        return new FlaggedPage(results, next);
    }

    private static String[] decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8).split("\\|");
            if (parts.length == 2) {
                Instant.parse(parts[0]);
                Long.parseLong(parts[1]);
                return parts;
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // reported below
        }
        throw new BadParameterException("cursor", "cursor is garbled (not one this service issued)");
    }
}
