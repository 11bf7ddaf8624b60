package org.clinicverify.partner;

/** What a key may be used from. */
public enum KeyKind {
    /** Server-to-server calls; never gets CORS headers; must not travel in a URL. */
    SECRET("sk"),
    /** Browsers (the widget); valid only from its allowed origins. */
    PUBLISHABLE("pk");

    private final String marker;

    KeyKind(String marker) {
        this.marker = marker;
    }

    /** The first part of the key text: {@code sk} or {@code pk}. */
    public String marker() {
        return marker;
    }
}
