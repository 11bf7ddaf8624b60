package org.clinicverify.partner;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Key text: {@code sk_live_<32 base62>} or {@code pk_live_<32 base62>} (~190 random bits), stored
 * only as a SHA-256 hash. A slow password hash would add nothing: with this much entropy there is no
 * dictionary to try, and the hash is computed on every API call.
 */
final class KeySecrets {

    static final int RANDOM_CHARACTERS = 32;
    /** Characters of the key kept in clear as its prefix, e.g. {@code pk_live_Ab12}. */
    static final int PREFIX_LENGTH = 12;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final Pattern SHAPE = Pattern.compile("(sk|pk)_live_[0-9A-Za-z]{" + RANDOM_CHARACTERS + "}");

    private final SecureRandom random;

    KeySecrets(SecureRandom random) {
        this.random = random;
    }

    String generate(KeyKind kind) {
        StringBuilder key = new StringBuilder(kind.marker()).append("_live_");
        for (int i = 0; i < RANDOM_CHARACTERS; i++) {
            key.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return key.toString();
    }

    static boolean wellFormed(String candidate) {
        return SHAPE.matcher(candidate).matches();
    }

    static String prefix(String plainKey) {
        return plainKey.substring(0, PREFIX_LENGTH);
    }

    static String hash(String plainKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(plainKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
