package org.clinicverify.moderation;

import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

/** Why an item entered (or re-entered) the queue. */
@Serdeable
public enum OpenedReason {
    SCORER_FLAG("scorer_flag"),
    /** The rules flagged the site, the text model withdrew the flag: not flagged until a moderator decides. */
    SCORER_DOUBT("scorer_doubt"),
    MANUAL("manual"),
    PUBLIC_REPORT("public_report"),
    APPEAL("appeal"),
    CONTENT_CHANGED("content_changed");

    private final String id;

    OpenedReason(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    static OpenedReason fromId(String id) {
        for (OpenedReason reason : values()) {
            if (reason.id.equals(id)) {
                return reason;
            }
        }
        throw new IllegalArgumentException("unknown opened reason '" + id + "'");
    }
}
