package org.clinicverify.partner;

import io.micronaut.serde.annotation.Serdeable;

/** The JSON body of a refusal: {@code {"message": "..."}}. */
@Serdeable
record PartnerMessage(String message) {
}
