package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.clinicverify.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessControllerTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public @NonNull Map<String, String> getProperties() {
        Map<String, Object> properties = TestApp.withH2();
        properties.put("clinicverify.score.max-body-bytes", 10_000);
        return TestApp.asStrings(properties);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> post(Object body) {
        return http.toBlocking().retrieve(HttpRequest.POST("/api/v1/assess", body), Map.class);
    }

    @SuppressWarnings("unchecked")
    private HttpClientResponseException refused(Object body) {
        return assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().exchange(HttpRequest.POST("/api/v1/assess", body), io.micronaut.core.type.Argument.of(Map.class), io.micronaut.core.type.Argument.of(Map.class)));
    }

    @SuppressWarnings("unchecked")
    private static String parameter(HttpClientResponseException e) {
        return String.valueOf(((Map<String, Object>) e.getResponse().getBody(Map.class).orElseThrow()).get("parameter"));
    }

    @Test
    void sellerHtmlIsFlaggedWithCamelCaseFields() {
        Map<String, Object> verdict = post(Map.of("url", "https://k-shop.test/product/ketamine-powder",
                "html", "<html><title>K shop</title><body><p>Ketamine powder 5 g $190. Pay with Bitcoin.</p></body></html>"));

        assertEquals(Map.of("category", "seller", "flagged", true), Map.of("category", verdict.get("category"), "flagged", verdict.get("flagged")));
        assertTrue(verdict.containsKey("trustScore") && verdict.containsKey("scorerVersion"), verdict.keySet().toString());
    }

    @Test
    void plainTextIsAccepted() {
        Map<String, Object> verdict = post(Map.of("url", "https://clinic.test/", "text",
                "Ketamine infusions in our clinic with a registered nurse monitoring your blood pressure. Laura Chen, MD."));

        assertEquals("clinic", verdict.get("category"));
    }

    @Test
    void missingUrlIs400() {
        HttpClientResponseException e = refused(Map.of("html", "<p>hello</p>"));

        assertEquals(HttpStatus.BAD_REQUEST + "/url", e.getStatus() + "/" + parameter(e));
    }

    @Test
    void invalidUrlIs400() {
        HttpClientResponseException e = refused(Map.of("url", "ftp:/nope", "html", "<p>hello</p>"));

        assertEquals(HttpStatus.BAD_REQUEST + "/url", e.getStatus() + "/" + parameter(e));
    }

    @Test
    void emptyBodyIs400() {
        HttpClientResponseException e = refused(Map.of("url", "https://a.test/", "html", "  "));

        assertEquals(HttpStatus.BAD_REQUEST + "/html", e.getStatus() + "/" + parameter(e));
    }

    @Test
    void missingHtmlAndTextIs400() {
        HttpClientResponseException e = refused(Map.of("url", "https://a.test/"));

        assertEquals(HttpStatus.BAD_REQUEST + "/body", e.getStatus() + "/" + parameter(e));
    }

    @Test
    void oversizedBodyIs400() {
        HttpClientResponseException e = refused(Map.of("url", "https://a.test/", "html", "<p>" + "x".repeat(20_000) + "</p>"));

        assertEquals(HttpStatus.BAD_REQUEST + "/html", e.getStatus() + "/" + parameter(e));
    }

    @Test
    void binaryBodyIs400() {
        HttpClientResponseException e = refused(Map.of("url", "https://a.test/", "text", "PK\u0003\u0004\u0000\u0000binary"));

        assertEquals(HttpStatus.BAD_REQUEST + "/text", e.getStatus() + "/" + parameter(e));
    }

    @Test
    void malformedJsonIs400() {
        HttpClientResponseException e = assertThrows(HttpClientResponseException.class, () -> http.toBlocking()
                .exchange(HttpRequest.POST("/api/v1/assess", "{\"url\": ").contentType(MediaType.APPLICATION_JSON_TYPE)));

        assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
    }
}
