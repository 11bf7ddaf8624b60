package org.clinicverify.score;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A page handed to assess: its URL and either its HTML or its plain text.
 *
 * @param url  the page address (absolute http or https); required, it is evidence too
 * @param html the page's HTML
 * @param text the page's text (a snippet or excerpt), when there is no HTML
 */
@Serdeable
public record AssessRequest(@Nullable String url, @Nullable String html, @Nullable String text) {
}
