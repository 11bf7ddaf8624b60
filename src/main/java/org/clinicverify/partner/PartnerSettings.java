package org.clinicverify.partner;

import java.time.Duration;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code clinicverify.partner}: which plan applies to anonymous callers (per client IP) and to each
 * browser behind a publishable key (per key and client IP, on top of the key's own plan), how long
 * key look-ups are cached. Client addresses: {@link org.clinicverify.ClientAddress}.
 *
 * @param anonymousPlan   plan for calls without a key, per client IP (CLINICVERIFY_PARTNER_ANONYMOUS_PLAN)
 * @param visitorPlan     plan per client IP for publishable keys (CLINICVERIFY_PARTNER_VISITOR_PLAN)
 * @param defaultPlan     plan of new keys when none is named (CLINICVERIFY_PARTNER_DEFAULT_PLAN)
 * @param keyCacheTtl     how long a key look-up (also "unknown") is reused; revocation on another
 *                        instance takes effect after at most this long (CLINICVERIFY_PARTNER_KEY_CACHE_TTL)
 */
@ConfigurationProperties("clinicverify.partner")
public record PartnerSettings(@NotBlank String anonymousPlan,
                              @NotBlank String visitorPlan,
                              @NotBlank String defaultPlan,
                              @NotNull Duration keyCacheTtl) {
}
