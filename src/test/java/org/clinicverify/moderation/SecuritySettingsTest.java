package org.clinicverify.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.clinicverify.SettingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the token signing secret comes from. */
class SecuritySettingsTest {

    @TempDir
    Path dataDir;

    private static SecuritySettings settings(String secret) {
        return new SecuritySettings(secret, Duration.ofHours(8), false, "cv_session", "cv_csrf");
    }

    @Test
    void usesTheConfiguredSecret() {
        String secret = "configured-secret-configured-secret-0123";

        assertEquals(secret, SigningSecretFactory.secret(settings(secret), dataDir.resolve("jwt-secret")));
    }

    @Test
    void refusesAShortConfiguredSecretNamingTheSetting() {
        SettingException problem = assertThrows(SettingException.class,
                () -> SigningSecretFactory.secret(settings("short"), dataDir.resolve("jwt-secret")));

        assertTrue(problem.getMessage().contains("CLINICVERIFY_SECURITY_JWT_SECRET"), problem.getMessage());
    }

    @Test
    void generatesAndKeepsASecretWhenNoneIsConfigured() {
        Path file = dataDir.resolve("secrets").resolve("jwt-secret");
        String first = SigningSecretFactory.secret(settings(""), file);

        String second = SigningSecretFactory.secret(settings(null), file);

        assertEquals(first, second);
    }

    @Test
    void theGeneratedSecretIsReadableOnlyByItsOwner() throws IOException {
        Path file = dataDir.resolve("secrets").resolve("jwt-secret");

        SigningSecretFactory.secret(settings(""), file);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void twoDataDirectoriesGetDifferentSecrets() {
        String one = SigningSecretFactory.secret(settings(""), dataDir.resolve("a").resolve("jwt-secret"));

        String two = SigningSecretFactory.secret(settings(""), dataDir.resolve("b").resolve("jwt-secret"));

        assertTrue(!one.equals(two) && one.length() >= SigningSecretFactory.MIN_LENGTH);
    }
}
