package org.clinicverify.moderation;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** bcrypt (pure Java, spring-security-crypto): the only form in which a password is stored. */
@Singleton
final class PasswordHasher {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 72; // bcrypt ignores bytes past 72

    private final BCryptPasswordEncoder encoder;
    private final String dummyHash;

    PasswordHasher(ModerationSettings settings) {
        this.encoder = new BCryptPasswordEncoder(settings.bcryptStrength());
        this.dummyHash = encoder.encode("timing-equaliser-for-unknown-users");
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    /** Spends the same time as a real check, so unknown usernames cannot be told apart by timing. */
    void burnTime(String password) {
        encoder.matches(password, dummyHash);
    }

    /** Empty when acceptable; otherwise what is wrong with it. */
    static Optional<String> problemWith(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password must be at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_LENGTH) {
            return Optional.of("password must be at most " + MAX_LENGTH + " bytes");
        }
        return Optional.empty();
    }
}
