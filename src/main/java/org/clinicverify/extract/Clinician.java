package org.clinicverify.extract;

import java.util.List;

import io.micronaut.core.annotation.Nullable;

/**
 * A named clinician.
 *
 * @param name        as written, without credentials
 * @param credentials normalised credentials, e.g. ["MD"], ["PhD", "LCSW"]
 * @param role        e.g. "Medical Director", if stated
 * @param npi         the 10-digit NPI number as written, if any (not yet checked)
 */
public record Clinician(String name, List<String> credentials, @Nullable String role, @Nullable String npi) {
}
