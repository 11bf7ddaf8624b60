package org.clinicverify.moderation;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A review item as the API shows it. Send {@code version} back with a decision. */
@Serdeable
public record ItemView(long id, String siteHost, ItemState state, int priority, OpenedReason openedReason,
                       Instant openedAt, @Nullable String claimedBy, @Nullable Instant claimedAt,
                       @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionReason,
                       @Nullable ItemState previousDecision, @Nullable Integer trustScore,
                       @Nullable Instant reportedToHostAt, @Nullable String reportedToHostNote,
                       @Nullable Boolean online, @Nullable Instant livenessCheckedAt,
                       @Nullable Instant lastSeenOnlineAt, long version) {

    static ItemView of(ModerationItem item) {
        return new ItemView(item.id(), item.siteHost(), item.state(), item.priority(), item.openedReason(),
                item.openedAt(), item.claimedBy(), item.claimedAt(), item.decidedBy(), item.decidedAt(),
                item.decisionReason(), item.previousDecision(), item.trustScore(), item.reportedToHostAt(),
                item.reportedToHostNote(), item.online(), item.livenessCheckedAt(), item.lastSeenOnlineAt(),
                item.version());
    }
}
