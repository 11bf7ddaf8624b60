package org.clinicverify.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.GeoLocation;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.FieldValueFactorModifier;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScore;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.CompletionSuggestOption;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.elasticsearch.core.search.TotalHitsRelation;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.clinicverify.score.Category;

/**
 * The clinic search queries. Every query is built with the typed client builders: user text only
 * ever becomes the {@code query} value of a match query, never part of a query string.
 *
 * <p>Ranking: text relevance (match on the folded, synonym-expanded {@code search_text}, boosted when
 * the name matches) plus {@code trust_score / 100} (field_value_factor) plus, with an origin, a gauss
 * decay on {@code location} (1 at the origin, 0.5 at half the radius). Flagged sites and sellers are
 * filtered out of every clinic result and suggestion.
 */
@Singleton
public final class ClinicSearch {

    static final String SERVICES = "services";
    static final String CONDITIONS = "conditions";
    static final String PAYMENT = "payment";
    static final String DISTANCE = "distance";
    private static final double DEFAULT_DECAY_SCALE_MILES = 25;
    private static final int FACET_SIZE = 50;
    private static final double[] DISTANCE_BANDS = {5, 10, 25, 50, 100};

    private final ElasticsearchClient client;
    private final ClinicIndexAdmin admin;

    ClinicSearch(ElasticsearchClient client, ClinicIndexAdmin admin) {
        this.client = client;
        this.admin = admin;
    }

    public ClinicPage search(ClinicQuery query) {
        if (query.after() != null && query.after().sort() != query.sort()) {
            throw new Cursor.InvalidCursorException("cursor belongs to sort=" + query.after().sort().name()
                    .toLowerCase(Locale.ROOT) + ", not sort=" + query.sort().name().toLowerCase(Locale.ROOT));
        }
        SearchRequest request = request(query);
        SearchResponse<SearchDocument> response = call(() -> client.search(request, SearchDocument.class));
        List<Hit<SearchDocument>> hits = response.hits().hits();
        boolean more = hits.size() > query.size();
        List<Hit<SearchDocument>> page = more ? hits.subList(0, query.size()) : hits;
        List<ClinicPage.ClinicHit> results = page.stream().map(hit -> toHit(hit.source(), query.origin())).toList();
        String next = more ? new Cursor(query.sort(), page.get(page.size() - 1).sort()).encode() : null;
        var total = response.hits().total();
        return new ClinicPage(results, facets(response.aggregations()), total == null ? results.size() : total.value(),
                total == null || total.relation() == TotalHitsRelation.Eq ? "eq" : "gte", next);
    }

    /** The Elasticsearch request for a query (one more hit than the page size, to know if a next page exists). */
    SearchRequest request(ClinicQuery query) {
        return SearchRequest.of(s -> {
            s.index(admin.alias())
                    .source(src -> src.filter(f -> f.excludes("search_text", "name_suggest")))
                    .query(rankedQuery(query))
                    .size(query.size() + 1)
                    .sort(sortOptions(query))
                    .aggregations(aggregations(query));
            if (query.after() != null) {
                s.searchAfter(query.after().values());
            }
            return s;
        });
    }

    /** A completion suggestion: a clinic name or a place ("Austin, TX"). */
    @Serdeable
    public record Suggestion(String text, String kind, String listingId) {
    }

    public List<Suggestion> suggest(String prefix, int size) {
        var response = call(() -> client.search(s -> s.index(admin.alias())
                .source(src -> src.filter(f -> f.includes("listing_id", "name")))
                .suggest(sg -> sg.suggesters("names", fs -> fs.prefix(prefix.trim())
                        .completion(c -> c.field("name_suggest").size(size).skipDuplicates(true)))),
                SearchDocument.class));
        List<Suggestion> suggestions = new ArrayList<>();
        for (var suggestion : response.suggest().getOrDefault("names", List.of())) {
            for (CompletionSuggestOption<SearchDocument> option : suggestion.completion().options()) {
                SearchDocument source = option.source();
                String kind = source != null && option.text().equals(source.name()) ? "clinic" : "place";
                suggestions.add(new Suggestion(option.text(), kind, source == null ? null : source.listingId()));
            }
        }
        return suggestions;
    }

    private Query rankedQuery(ClinicQuery query) {
        Query base = Query.of(q -> q.bool(b -> {
            b.mustNot(m -> m.term(t -> t.field("flagged").value(true)));
            b.mustNot(m -> m.term(t -> t.field("under_review").value(true)));
            b.mustNot(m -> m.term(t -> t.field("category").value(Category.SELLER.id())));
            String folded = TextFolding.fold(query.text());
            if (!folded.isEmpty()) {
                b.must(m -> m.match(t -> t.field("search_text").query(folded).operator(Operator.And)));
                b.should(s -> s.match(t -> t.field("name").query(folded).boost(2f)));
            }
            query.services().forEach(v -> b.filter(f -> f.term(t -> t.field("services").value(v))));
            query.conditions().forEach(v -> b.filter(f -> f.term(t -> t.field("conditions").value(v))));
            query.insurance().forEach(v -> b.filter(f -> f.term(t -> t.field("insurance").value(v))));
            if (query.remsOnly()) {
                b.filter(f -> f.term(t -> t.field("rems_verified").value(true)));
            }
            if (query.verifiedOnly()) {
                b.filter(f -> f.exists(e -> e.field("last_verified_at")));
            }
            if (query.origin() != null && query.radiusMiles() != null) {
                b.filter(f -> f.geoDistance(g -> g.field("location").distance(query.radiusMiles() + "mi")
                        .location(geo(query.origin()))));
            }
            return b;
        }));
        List<FunctionScore> functions = new ArrayList<>();
        functions.add(FunctionScore.of(f -> f.fieldValueFactor(v -> v.field("trust_score").factor(0.01)
                .modifier(FieldValueFactorModifier.None).missing(0.0))));
        if (query.origin() != null) {
            double scale = query.radiusMiles() == null ? DEFAULT_DECAY_SCALE_MILES : Math.max(1, query.radiusMiles() / 2);
            functions.add(FunctionScore.of(f -> f.gauss(d -> d.geo(g -> g.field("location")
                    .placement(p -> p.origin(geo(query.origin())).scale(scale + "mi").decay(0.5))))));
        }
        return Query.of(q -> q.functionScore(fs -> fs.query(base).functions(functions)
                .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Sum)));
    }

    private static List<SortOptions> sortOptions(ClinicQuery query) {
        List<SortOptions> sort = new ArrayList<>();
        switch (query.sort()) {
            case DISTANCE -> sort.add(SortOptions.of(s -> s.geoDistance(g -> g.field("location")
                    .location(geo(query.origin())).order(SortOrder.Asc).unit(DistanceUnit.Miles))));
            case TRUST -> {
                sort.add(SortOptions.of(s -> s.field(f -> f.field("trust_score").order(SortOrder.Desc).missing("_last"))));
                sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
            }
            case RELEVANCE -> sort.add(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))));
        }
        sort.add(SortOptions.of(s -> s.field(f -> f.field("listing_id").order(SortOrder.Asc))));
        return sort;
    }

    private static Map<String, Aggregation> aggregations(ClinicQuery query) {
        Map<String, Aggregation> aggregations = new java.util.HashMap<>();
        aggregations.put(SERVICES, Aggregation.of(a -> a.terms(t -> t.field("services").size(FACET_SIZE))));
        aggregations.put(CONDITIONS, Aggregation.of(a -> a.terms(t -> t.field("conditions").size(FACET_SIZE))));
        aggregations.put(PAYMENT, Aggregation.of(a -> a.terms(t -> t.field("payment").size(FACET_SIZE))));
        if (query.origin() != null) {
            List<AggregationRange> ranges = new ArrayList<>();
            double from = 0;
            for (double to : DISTANCE_BANDS) {
                double lower = from;
                ranges.add(AggregationRange.of(r -> r.key(band(lower, to)).from(lower).to(to)));
                from = to;
            }
            double last = from;
            ranges.add(AggregationRange.of(r -> r.key(band(last, Double.NaN)).from(last)));
            aggregations.put(DISTANCE, Aggregation.of(a -> a.geoDistance(g -> g.field("location")
                    .origin(geo(query.origin())).unit(DistanceUnit.Miles).ranges(ranges))));
        }
        return aggregations;
    }

    private static String band(double from, double to) {
        return Double.isNaN(to) ? (int) from + "+ mi" : (int) from + "-" + (int) to + " mi";
    }

    private static ClinicPage.Facets facets(Map<String, Aggregate> aggregations) {
        return new ClinicPage.Facets(terms(aggregations.get(SERVICES)), terms(aggregations.get(CONDITIONS)),
                terms(aggregations.get(PAYMENT)), distanceBands(aggregations.get(DISTANCE)));
    }

    private static List<ClinicPage.FacetCount> terms(Aggregate aggregate) {
        if (aggregate == null || !aggregate.isSterms()) {
            return List.of();
        }
        return aggregate.sterms().buckets().array().stream()
                .map(b -> new ClinicPage.FacetCount(b.key().stringValue(), b.docCount())).toList();
    }

    private static List<ClinicPage.FacetCount> distanceBands(Aggregate aggregate) {
        if (aggregate == null || !aggregate.isGeoDistance()) {
            return List.of();
        }
        return aggregate.geoDistance().buckets().array().stream()
                .map(b -> new ClinicPage.FacetCount(b.key(), b.docCount())).toList();
    }

    private static ClinicPage.ClinicHit toHit(SearchDocument doc, Coordinates origin) {
        Coordinates location = doc.location() == null ? null : Coordinates.of(doc.location().lat(), doc.location().lon());
        Double distance = origin == null || location == null ? null
                : Math.round(origin.milesTo(location) * 10) / 10.0;
        return new ClinicPage.ClinicHit(doc.listingId(), doc.name(),
                new ClinicPage.Address(doc.street(), doc.city(), doc.region(), doc.postalCode(), doc.country()),
                distance, location, nullToEmpty(doc.services()), nullToEmpty(doc.conditions()), doc.trustScore(),
                nullToEmpty(doc.badges()), doc.category(), doc.remsVerified(), doc.siteHost());
    }

    private static List<String> nullToEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static GeoLocation geo(Coordinates point) {
        return GeoLocation.of(l -> l.latlon(ll -> ll.lat(point.lat()).lon(point.lon())));
    }

    private interface EsCall<T> {
        T run() throws IOException;
    }

    private <T> T call(EsCall<T> call) {
        try {
            return call.run();
        } catch (IOException e) {
            throw new SearchUnavailableException("search is unavailable: Elasticsearch cannot be reached ("
                    + e.getMessage() + ")", e);
        } catch (ElasticsearchException e) {
            if (e.status() >= 500 || e.status() == 404) {
                throw new SearchUnavailableException("search is unavailable: Elasticsearch answered "
                        + e.status() + " (" + e.error().reason() + ")", e);
            }
            throw e;
        }
    }
}
