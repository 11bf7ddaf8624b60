package org.clinicverify.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;

/** Settings the public pages need (the map tile server), from {@link WebSettings}. */
@Controller("/ui")
@Hidden
class UiConfigController {

    private final WebSettings settings;

    UiConfigController(WebSettings settings) {
        this.settings = settings;
    }

    @Serdeable
    record UiConfig(@Nullable String tileUrl, @Nullable String tileAttribution) {
    }

    @Get("/config")
    UiConfig config() {
        return new UiConfig(blank(settings.tileUrl()), blank(settings.tileAttribution()));
    }

    private static String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
