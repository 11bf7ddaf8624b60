package org.clinicverify.score;

import com.fasterxml.jackson.annotation.JsonValue;
import io.micronaut.serde.annotation.Serdeable;

/** What kind of site a page belongs to. */
@Serdeable
public enum Category {
    CLINIC("clinic"),
    TELEHEALTH("telehealth"),
    SELLER("seller"),
    INFORMATIONAL("informational");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public static Category fromId(String id) {
        for (Category category : values()) {
            if (category.id.equals(id)) {
                return category;
            }
        }
        throw new IllegalArgumentException("unknown category '" + id + "'");
    }
}
