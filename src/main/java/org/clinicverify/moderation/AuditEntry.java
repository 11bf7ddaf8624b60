package org.clinicverify.moderation;

import java.time.Instant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import io.micronaut.serde.annotation.Serdeable;

/** One line of the append-only audit log: who moved which item from which state to which, and why. */
@Serdeable
@MappedEntity("audit_log")
public record AuditEntry(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
        long itemId,
        String siteHost,
        String actor,
        Instant at,
        @Nullable @TypeDef(type = DataType.STRING, converter = EnumColumns.StateColumn.class) ItemState fromState,
        @TypeDef(type = DataType.STRING, converter = EnumColumns.StateColumn.class) ItemState toState,
        String note) {

    /** The actor name used for changes made by the application itself (re-scores, public reports). */
    public static final String SYSTEM = "system";
}
