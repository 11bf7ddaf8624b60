package org.clinicverify;

/**
 * A setting that is missing, malformed or points at something unreachable. The message names the
 * setting and the environment variable that overrides it, so an operator can fix it without a
 * stack trace.
 */
public final class SettingException extends RuntimeException {

    public SettingException(String message) {
        super(message);
    }

    public SettingException(String message, Throwable cause) {
        super(message, cause);
    }
}
