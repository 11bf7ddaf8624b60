package org.clinicverify.partner;

import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Singleton;

/**
 * Issues, lists, revokes and recognises partner keys. Look-ups by key text go through a short cache
 * ({@code clinicverify.partner.key-cache-ttl}); a revocation here clears it at once, on other
 * instances after at most the cache lifetime.
 */
@Singleton
public final class ApiKeys {

    /** Upper bound on remembered look-ups (including unknown keys) before the cache starts over. */
    private static final int CACHE_LIMIT = 10_000;

    private final ApiKeyRepository repository;
    private final Plans plans;
    private final Clock clock;
    private final KeySecrets secrets = new KeySecrets(new SecureRandom());
    private final ExpiringCache<String, Optional<PartnerKey>> byHash;
    private final ExpiringCache<String, Set<String>> publishableOrigins;

    ApiKeys(ApiKeyRepository repository, Plans plans, PartnerSettings settings, Clock clock) {
        this.repository = repository;
        this.plans = plans;
        this.clock = clock;
        this.byHash = new ExpiringCache<>(settings.keyCacheTtl(), CACHE_LIMIT, clock);
        this.publishableOrigins = new ExpiringCache<>(settings.keyCacheTtl(), 1, clock);
    }

    /** Creates a key; the plain key in the result is never stored and cannot be shown again. */
    public CreatedKey create(NewKey request) {
        List<String> origins = validOrigins(request);
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            throw new IllegalArgumentException("name: 1 to 200 characters");
        }
        if (request.scopes() == null || request.scopes().isEmpty()) {
            throw new IllegalArgumentException("scopes: at least one of search, verify, submit");
        }
        String plan = request.plan() == null || request.plan().isBlank() ? plans.defaultPlan() : request.plan();
        if (plans.find(plan).isEmpty()) {
            throw new IllegalArgumentException("plan: unknown plan '" + plan + "'; known: " + plans.names());
        }
        String plainKey = secrets.generate(request.kind());
        ApiKeyRow saved = repository.save(new ApiKeyRow(null, request.name().strip(), KeySecrets.prefix(plainKey),
                KeySecrets.hash(plainKey), request.kind(), String.join(" ", origins),
                request.scopes().stream().sorted().map(Scope::name).collect(Collectors.joining(" ")),
                plan, clock.instant(), null));
        publishableOrigins.clear();
        return new CreatedKey(toKey(saved), plainKey);
    }

    public List<PartnerKey> list() {
        return repository.findAllOrderById().stream().map(ApiKeys::toKey).toList();
    }

    public Optional<PartnerKey> find(long id) {
        return repository.findById(id).map(ApiKeys::toKey);
    }

    /** Revokes a key (idempotent: a revoked key keeps its first revocation time). */
    public Optional<PartnerKey> revoke(long id) {
        Optional<ApiKeyRow> row = repository.findById(id);
        row.filter(r -> r.revokedAt() == null).ifPresent(r -> repository.updateRevokedAt(id, clock.instant()));
        byHash.clear();
        publishableOrigins.clear();
        return find(id);
    }

    /** The key a caller presented, if it was ever issued (revoked keys included: the caller decides). */
    Optional<PartnerKey> recognise(String plainKey) {
        if (!KeySecrets.wellFormed(plainKey)) {
            return Optional.empty();
        }
        String hash = KeySecrets.hash(plainKey);
        return byHash.get(hash, () -> repository.findBySecretHash(hash).map(ApiKeys::toKey));
    }

    /** Whether some active publishable key lists this origin (preflights that carry no key). */
    boolean originOfAnyPublishableKey(String origin) {
        return publishableOrigins.get("all", () -> repository.findByKindAndRevokedAtIsNull(KeyKind.PUBLISHABLE)
                .stream().flatMap(row -> splitOrigins(row.allowedOrigins()).stream())
                .collect(Collectors.toUnmodifiableSet())).contains(origin);
    }

    private static List<String> validOrigins(NewKey request) {
        List<String> origins = request.allowedOrigins() == null ? List.of() : request.allowedOrigins();
        if (request.kind() == null) {
            throw new IllegalArgumentException("kind: secret or publishable");
        }
        if (request.kind() == KeyKind.SECRET && !origins.isEmpty()) {
            throw new IllegalArgumentException("origins: secret keys are for servers and take no origins");
        }
        if (request.kind() == KeyKind.PUBLISHABLE && origins.isEmpty()) {
            throw new IllegalArgumentException("origins: a publishable key needs at least one origin");
        }
        return origins.stream().map(ApiKeys::normalisedOrigin).distinct().toList();
    }

    /** An origin as browsers send it: scheme://host[:port], lower case, no path, default port dropped. */
    static String normalisedOrigin(String origin) {
        try {
            URI uri = new URI(origin.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean bare = (uri.getPath() == null || uri.getPath().isEmpty()) && uri.getQuery() == null
                    && uri.getFragment() == null && uri.getUserInfo() == null;
            if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || !bare) {
                throw new IllegalArgumentException("origins: '" + origin + "' is not an origin like https://partner.example");
            }
            int port = uri.getPort();
            boolean defaultPort = port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("origins: '" + origin + "' is not an origin like https://partner.example", e);
        }
    }

    private static List<String> splitOrigins(String stored) {
        return stored.isBlank() ? List.of() : List.of(stored.strip().split(" +"));
    }

    private static PartnerKey toKey(ApiKeyRow row) {
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        Arrays.stream(row.scopes().strip().split(" +")).filter(s -> !s.isEmpty()).map(Scope::valueOf).forEach(scopes::add);
        return new PartnerKey(row.id(), row.name(), row.prefix(), row.kind(), splitOrigins(row.allowedOrigins()),
                Set.copyOf(scopes), row.plan(), row.createdAt(), row.revokedAt());
    }
}
