package org.clinicverify.score;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Why an assess input was refused.
 *
 * @param parameter the input field at fault: url, html, text or body
 * @param message   what is wrong, for a person
 */
@Serdeable
public record AssessError(String parameter, String message) {
}
