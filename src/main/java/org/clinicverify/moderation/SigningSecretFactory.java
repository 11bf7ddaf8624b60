package org.clinicverify.moderation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.clinicverify.DataDirectory;
import org.clinicverify.SettingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HS256 secret that signs session and bearer tokens. Taken from
 * {@code clinicverify.security.jwt-secret}; when that is blank, a random 256-bit secret is generated
 * once and kept (owner-readable only) in {@code <data-dir>/secrets/jwt-secret}, so logins survive a
 * restart. There is no built-in default.
 */
@Factory
final class SigningSecretFactory {

    private static final Logger LOG = LoggerFactory.getLogger(SigningSecretFactory.class);
    static final int MIN_LENGTH = 32;

    @Singleton
    @Named("generator")
    SignatureGeneratorConfiguration signature(SecuritySettings settings, DataDirectory dataDirectory) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(secret(settings, dataDirectory.resolve("secrets").resolve("jwt-secret")));
        return new SecretSignature(configuration);
    }

    static String secret(SecuritySettings settings, Path file) {
        String configured = settings.jwtSecret();
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_LENGTH) {
                throw new SettingException("clinicverify.security.jwt-secret (env CLINICVERIFY_SECURITY_JWT_SECRET) "
                        + "must be at least " + MIN_LENGTH + " characters; leave it blank to generate one");
            }
            return configured;
        }
        try {
            return readOrCreate(file);
        } catch (IOException e) {
            throw new SettingException("cannot read or create the token signing secret " + file
                    + ": set clinicverify.security.jwt-secret (env CLINICVERIFY_SECURITY_JWT_SECRET) or fix "
                    + "clinicverify.data-dir (env CLINICVERIFY_DATA_DIR)", e);
        }
    }

    private static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            return readExisting(file);
        }
        Files.createDirectories(file.getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            Files.writeString(file, secret, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException raced) {
            return readExisting(file);
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            LOG.warn("cannot restrict permissions of {} on this file system", file);
        }
        LOG.info("generated a token signing secret in {}", file);
        return secret;
    }

    private static String readExisting(Path file) throws IOException {
        String secret = Files.readString(file, StandardCharsets.US_ASCII).trim();
        if (secret.length() < MIN_LENGTH) {
            throw new SettingException("the token signing secret in " + file + " is shorter than " + MIN_LENGTH
                    + " characters: delete the file to generate a new one, or set clinicverify.security.jwt-secret "
                    + "(env CLINICVERIFY_SECURITY_JWT_SECRET)");
        }
        return secret;
    }
}
