package org.clinicverify.extract;

import io.micronaut.core.annotation.Nullable;

/** One place where care is given, as far as the page tells. */
public record PracticeLocation(@Nullable String name,
                               @Nullable String street,
                               @Nullable String city,
                               @Nullable String region,
                               @Nullable String postalCode,
                               @Nullable String country,
                               @Nullable String phoneE164,
                               @Nullable Double latitude,
                               @Nullable Double longitude,
                               @Nullable String openingHours) {
}
