package org.clinicverify.partner;

import java.util.List;
import java.util.Map;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.annotation.Serdeable;

/**
 * TEST-ONLY stand-in for the public API under /api/v1 (the real search, verify and report
 * controllers live on other branches and are not merged here yet). The partner filter does not
 * care what answers behind it, so these routes only need the real paths and plausible shapes. It
 * answers only when {@code test.partner.stand-in-api} is set, so it never shadows the real routes.
 * Like the real controllers it carries no @Secured: application.yml's intercept-url-map opens the
 * public routes to anonymous callers, and the partner filter does the rest.
 */
@Controller("/api/v1")
@Requires(property = "test.partner.stand-in-api", value = "true")
class StandInApiController {

    /** A clinic in the shape of search.ClinicPage.ClinicHit (the fields the widget reads). */
    @Serdeable
    record StandInAddress(String city, String region) {
    }

    @Serdeable
    record StandInClinic(String id, String name, StandInAddress address, Double distance, int trustScore,
                         List<String> badges) {
    }

    @Serdeable
    record StandInPage(List<StandInClinic> results, long total) {
    }

    /** A crawled clinic name with markup in it: the widget must show it as text. */
    static final String MARKUP_NAME = "<img src=x onerror=\"window.__pwned=1\">Lone Star <b>Ketamine</b>";

    @Get("/clinics")
    StandInPage clinics(@Nullable @QueryValue String q, @Nullable @QueryValue String near) {
        return new StandInPage(List.of(
                new StandInClinic("7", MARKUP_NAME, new StandInAddress("Austin", "TX"), 3.2, 91,
                        List.of("REMS_CERTIFIED", "LICENSED_CLINICIANS")),
                new StandInClinic("8", "Hill Country Infusion Center", new StandInAddress("Round Rock", "TX"), 24.6, 78,
                        List.of("LICENSED_CLINICIANS"))), 2);
    }

    @Get("/verify")
    Map<String, Object> verify(@QueryValue String url) {
        return Map.of("url", url, "category", "CLINIC", "flagged", false, "trustScore", 88);
    }

    @Post("/reports")
    HttpResponse<Map<String, Object>> report(@Body Map<String, Object> report) {
        return HttpResponse.accepted().body(Map.of("received", true));
    }

    @Get("/suggest")
    HttpResponse<Map<String, Object>> suggest(@Nullable @QueryValue String q) {
        return q == null ? HttpResponse.badRequest(Map.of("message", "q: required")) : HttpResponse.ok(Map.of("suggestions", List.of()));
    }
}
