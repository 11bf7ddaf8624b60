package org.clinicverify.moderation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Where a review item stands. {@code confirmed_*} and {@code dismissed} are final decisions that
 * override the scorer until a moderator changes them; {@code pending_review} and {@code needs_info}
 * are open (the scorer's verdict applies meanwhile).
 */
@Serdeable
public enum ItemState {
    PENDING_REVIEW("pending_review"),
    NEEDS_INFO("needs_info"),
    CONFIRMED_ROGUE("confirmed_rogue"),
    CONFIRMED_UNAPPROVED("confirmed_unapproved"),
    DISMISSED("dismissed");

    private final String id;

    ItemState(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** Open items are in the queue; the scorer decides the flag meanwhile. */
    public boolean isOpen() {
        return this == PENDING_REVIEW || this == NEEDS_INFO;
    }

    public boolean isConfirmedSeller() {
        return this == CONFIRMED_ROGUE || this == CONFIRMED_UNAPPROVED;
    }

    @JsonCreator
    public static ItemState fromId(String id) {
        for (ItemState state : values()) {
            if (state.id.equals(id)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown state '" + id + "'");
    }
}
