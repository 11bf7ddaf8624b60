package org.clinicverify.search;

import co.elastic.clients.elasticsearch.core.SearchRequest;
import jakarta.inject.Singleton;

/** Lets the benchmark (in web) send ClinicSearch's exact request straight to Elasticsearch. */
@Singleton
public final class BenchmarkAccess {

    private final ClinicSearch search;
    private final Geocoder geocoder;

    BenchmarkAccess(ClinicSearch search, Geocoder geocoder) {
        this.search = search;
        this.geocoder = geocoder;
    }

    public SearchRequest request(ClinicQuery query) {
        return search.request(query);
    }

    public Coordinates locate(String place) {
        return geocoder.locate(place).orElseThrow();
    }
}
