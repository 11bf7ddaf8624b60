package org.clinicverify.score;

import java.time.Instant;
import java.time.LocalDate;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A row of the rems_setting table (V3__score.sql). */
@MappedEntity("rems_setting")
record RemsSetting(@Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
                   @NotBlank String certificationId,
                   @NotBlank String name,
                   @NotBlank String street,
                   @NotBlank String city,
                   @NotBlank String state,
                   @NotBlank String zip,
                   @NotBlank String phone,
                   @NotNull LocalDate certificationDate,
                   @NotNull Instant importedAt) {

    RemsEntry entry() {
        return new RemsEntry(name, street, city, state, zip, phone, certificationId, certificationDate);
    }
}
