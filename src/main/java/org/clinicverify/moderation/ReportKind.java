package org.clinicverify.moderation;

import io.micronaut.serde.annotation.Serdeable;

/** A public submission: someone reports a site, or a site owner appeals a decision. */
@Serdeable
public enum ReportKind {
    REPORT,
    APPEAL
}
