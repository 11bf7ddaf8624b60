package org.clinicverify.moderation;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A moderator's standing decision on a site, which overrides the scorer's flag: the Pipeline sets
 * {@code listing.flagged = decision.flagged()} when {@link ModerationQueue#onScored} returns one.
 *
 * @param flagged true for a confirmed seller, false for a dismissed false positive
 */
@Serdeable
public record ModerationDecision(String siteHost, ItemState state, boolean flagged, @Nullable String decidedBy,
                                 @Nullable Instant decidedAt, @Nullable String reason) {

    static ModerationDecision of(ModerationItem item) {
        return new ModerationDecision(item.siteHost(), item.state(), item.state().isConfirmedSeller(),
                item.decidedBy(), item.decidedAt(), item.decisionReason());
    }
}
