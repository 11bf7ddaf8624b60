package org.clinicverify.partner;

import java.time.Duration;
import java.util.List;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code clinicverify.partner}: which plan applies to anonymous callers (per client IP) and to each
 * browser behind a publishable key (per key and client IP, on top of the key's own plan), how long
 * key look-ups are cached, and which proxies may set X-Forwarded-For.
 *
 * @param anonymousPlan   plan for calls without a key, per client IP (CLINICVERIFY_PARTNER_ANONYMOUS_PLAN)
 * @param visitorPlan     plan per client IP for publishable keys (CLINICVERIFY_PARTNER_VISITOR_PLAN)
 * @param defaultPlan     plan of new keys when none is named (CLINICVERIFY_PARTNER_DEFAULT_PLAN)
 * @param keyCacheTtl     how long a key look-up (also "unknown") is reused; revocation on another
 *                        instance takes effect after at most this long (CLINICVERIFY_PARTNER_KEY_CACHE_TTL)
 * @param trustedProxies  addresses or CIDR blocks of proxies whose X-Forwarded-For we believe; empty:
 *                        the socket address is the client (CLINICVERIFY_PARTNER_TRUSTED_PROXIES)
 */
@ConfigurationProperties("clinicverify.partner")
public record PartnerSettings(@NotBlank String anonymousPlan,
                              @NotBlank String visitorPlan,
                              @NotBlank String defaultPlan,
                              @NotNull Duration keyCacheTtl,
                              @Nullable List<String> trustedProxies) {

    public PartnerSettings {
        trustedProxies = trustedProxies == null ? List.of()
                : trustedProxies.stream().map(String::strip).filter(entry -> !entry.isEmpty()).toList();
    }
}
