package org.clinicverify.search;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;

/**
 * The search warm-up a starting service runs before it reports ready.
 *
 * @param rounds searches and suggestions run in-process before {@code /health} says UP (0: none)
 */
@ConfigurationProperties("clinicverify.search.warm-up")
public record WarmUpSettings(@Min(0) int rounds) {
}
