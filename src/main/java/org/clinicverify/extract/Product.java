package org.clinicverify.extract;

import io.micronaut.core.annotation.Nullable;

/**
 * A product offered for sale.
 *
 * @param name     as written
 * @param price    the amount as written, e.g. "120.00", if shown
 * @param currency ISO 4217 code if known
 * @param unit     the unit priced, e.g. "gram", "vial", "bottle", if shown
 */
public record Product(String name, @Nullable String price, @Nullable String currency, @Nullable String unit) {
}
