package org.clinicverify.score;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What a signal is based on, so that a moderator or a patient can check it.
 *
 * @param snippet the quoted text (clipped), or a description such as "URL path contains 'buy'"
 * @param url     the page it came from
 */
@Serdeable
public record Evidence(String snippet, String url) {
}
