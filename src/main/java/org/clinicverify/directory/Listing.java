package org.clinicverify.directory;

import java.time.Instant;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.DateUpdated;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One practice location in the directory, as stored in the database (the source of truth; the
 * search index is rebuilt from these rows). A multi-location practice has one listing per location.
 * The scorer's latest verdict for the site is kept on the listing.
 */
@MappedEntity("listing")
public record Listing(
        @Id @GeneratedValue(GeneratedValue.Type.IDENTITY) @Nullable Long id,
        @NotBlank @Size(max = 253) String siteHost,
        @NotBlank @Size(max = 300) String name,
        @Nullable String street,
        @Nullable String city,
        @Nullable String region,
        @Nullable String postalCode,
        @Nullable String country,
        @Nullable String phone,
        @Nullable Double latitude,
        @Nullable Double longitude,
        @Nullable String websiteUrl,
        @NotNull @MappedProperty("services_json") @TypeDef(type = DataType.STRING, converter = StringListConverter.class) List<String> services,
        @NotNull @MappedProperty("conditions_json") @TypeDef(type = DataType.STRING, converter = StringListConverter.class) List<String> conditions,
        @NotNull @MappedProperty("payment_json") @TypeDef(type = DataType.STRING, converter = StringListConverter.class) List<String> payment,
        @NotNull @MappedProperty("insurance_json") @TypeDef(type = DataType.STRING, converter = StringListConverter.class) List<String> insurance,
        @Nullable @Size(max = 20) String category,
        boolean flagged,
        boolean underReview,
        @Nullable @Min(0) @Max(100) Integer trustScore,
        boolean remsVerified,
        @Nullable String verdictJson,
        @Nullable String scorerVersion,
        @Nullable Instant lastCrawledAt,
        @Nullable Instant lastVerifiedAt,
        @DateCreated @Nullable Instant createdAt,
        @DateUpdated @Nullable Instant updatedAt) {

    /** The same listing placed at the given coordinates. */
    public Listing withCoordinates(double lat, double lon) {
        return new Listing(id, siteHost, name, street, city, region, postalCode, country, phone, lat, lon, websiteUrl,
                services, conditions, payment, insurance, category, flagged, underReview, trustScore, remsVerified,
                verdictJson, scorerVersion, lastCrawledAt, lastVerifiedAt, createdAt, updatedAt);
    }

    /** A new, not yet stored and not yet scored listing. */
    public static Listing of(String siteHost, String name) {
        return new Listing(null, siteHost, name, null, null, null, null, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), null, false, false, null, false, null, null, null, null,
                null, null);
    }
}
