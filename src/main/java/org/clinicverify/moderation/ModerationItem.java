package org.clinicverify.moderation;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The review item of one site (one per host: reopened rather than duplicated; the audit log keeps
 * the history). {@code version} is the optimistic lock: every change increments it, and a write
 * based on an older version is refused.
 */
@MappedEntity("moderation_item")
record ModerationItem(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
        @NotBlank String siteHost,
        @NotNull @TypeDef(type = DataType.STRING, converter = EnumColumns.StateColumn.class) ItemState state,
        int priority,
        @NotNull @TypeDef(type = DataType.STRING, converter = EnumColumns.ReasonColumn.class) OpenedReason openedReason,
        @NotNull Instant openedAt,
        @Nullable String claimedBy,
        @Nullable Instant claimedAt,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionReason,
        @Nullable @TypeDef(type = DataType.STRING, converter = EnumColumns.StateColumn.class) ItemState previousDecision,
        @Nullable String decidedFingerprint,
        @Nullable String latestFingerprint,
        @Nullable Integer trustScore,
        @Nullable Instant reportedToHostAt,
        @Nullable String reportedToHostNote,
        @Nullable Boolean online,
        @Nullable Instant livenessCheckedAt,
        @Nullable Instant lastSeenOnlineAt,
        @Version long version,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    static ModerationItem open(String host, OpenedReason reason, int priority, Instant at,
                               @Nullable String fingerprint, @Nullable Integer trustScore) {
        return new ModerationItem(null, host, ItemState.PENDING_REVIEW, priority, reason, at, null, null, null,
                null, null, null, null, fingerprint, trustScore, null, null, null, null, null, 0, null, null);
    }

    /** Back into the queue; the last final decision stays visible as {@code previousDecision}. */
    ModerationItem reopen(OpenedReason reason, int newPriority, Instant at) {
        ItemState previous = state.isOpen() ? previousDecision : state;
        return new ModerationItem(id, siteHost, ItemState.PENDING_REVIEW, Math.max(priority, newPriority), reason, at,
                null, null, decidedBy, decidedAt, decisionReason, previous, decidedFingerprint, latestFingerprint,
                trustScore, reportedToHostAt, reportedToHostNote, online, livenessCheckedAt,
                lastSeenOnlineAt, version, createdAt, updatedAt);
    }

    ModerationItem scored(int newPriority, @Nullable String fingerprint, int score) {
        return new ModerationItem(id, siteHost, state, newPriority, openedReason, openedAt, claimedBy, claimedAt,
                decidedBy, decidedAt, decisionReason, previousDecision, decidedFingerprint, fingerprint, score,
                reportedToHostAt, reportedToHostNote, online, livenessCheckedAt,
                lastSeenOnlineAt, version, createdAt, updatedAt);
    }

    ModerationItem claim(String moderator, Instant at) {
        return new ModerationItem(id, siteHost, state, priority, openedReason, openedAt, moderator, at, decidedBy,
                decidedAt, decisionReason, previousDecision, decidedFingerprint, latestFingerprint, trustScore,
                reportedToHostAt, reportedToHostNote, online, livenessCheckedAt,
                lastSeenOnlineAt, version, createdAt, updatedAt);
    }

    ModerationItem decide(ItemState decision, String moderator, String reason, Instant at) {
        ItemState previous = decision.isOpen() && !state.isOpen() ? state : previousDecision;
        Instant opened = decision.isOpen() && !state.isOpen() ? at : openedAt;
        return new ModerationItem(id, siteHost, decision, priority, openedReason, opened, null, null, moderator, at,
                reason, previous, latestFingerprint, latestFingerprint, trustScore, reportedToHostAt,
                reportedToHostNote, online, livenessCheckedAt,
                lastSeenOnlineAt, version, createdAt, updatedAt);
    }

    ModerationItem reportedToHost(Instant at, String note) {
        return new ModerationItem(id, siteHost, state, priority, openedReason, openedAt, claimedBy, claimedAt,
                decidedBy, decidedAt, decisionReason, previousDecision, decidedFingerprint, latestFingerprint,
                trustScore, at, note, online, livenessCheckedAt,
                lastSeenOnlineAt, version, createdAt, updatedAt);
    }
}
