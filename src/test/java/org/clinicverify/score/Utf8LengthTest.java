package org.clinicverify.score;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The body-size limit counts UTF-8 bytes without encoding the body: same count as getBytes. */
class Utf8LengthTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "caf\u00e9", "\u20ac 5 \u4e2d", "\uD83D\uDE00 pair", "lone \uD83D x", "lone \uDE00",
            "end \uD83D", "\uFEFFbom"})
    void countsAsGetBytes(String body) {
        assertEquals(body.getBytes(StandardCharsets.UTF_8).length, PageAssessor.utf8Length(body));
    }
}
