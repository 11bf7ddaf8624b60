package org.clinicverify.directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

/** Stores a list of short ids as a JSON array in a text column (portable between H2 and PostgreSQL). */
@Singleton
final class StringListConverter implements AttributeConverter<List<String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() { };

    @Override
    public String convertToPersistedValue(List<String> values, ConversionContext context) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> convertToEntityValue(String persisted, ConversionContext context) {
        try {
            return persisted == null || persisted.isBlank() ? List.of() : List.copyOf(JSON.readValue(persisted, LIST));
        } catch (IOException e) {
            throw new UncheckedIOException("Corrupt JSON list in the database: " + persisted, e);
        }
    }
}
