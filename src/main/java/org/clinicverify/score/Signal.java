package org.clinicverify.score;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * One rule that fired.
 *
 * @param id          stable id, e.g. "rems-registry-match", "sells-without-prescription"
 * @param weight      its contribution: positive for signs of supervised care, negative for red flags
 * @param explanation one line a person understands
 * @param evidence    where it was found
 */
@Serdeable
public record Signal(String id, int weight, String explanation, List<Evidence> evidence) {
}
