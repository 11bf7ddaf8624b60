package org.clinicverify.moderation;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.data.model.runtime.convert.AttributeConverter;
import jakarta.inject.Singleton;

/** Stores the moderation enums by their lower-case ids (the values the API and the docs use). */
final class EnumColumns {

    private EnumColumns() {
    }

    @Singleton
    static final class StateColumn implements AttributeConverter<ItemState, String> {
        @Override
        public String convertToPersistedValue(ItemState state, ConversionContext context) {
            return state == null ? null : state.id();
        }

        @Override
        public ItemState convertToEntityValue(String persisted, ConversionContext context) {
            return persisted == null ? null : ItemState.fromId(persisted);
        }
    }

    @Singleton
    static final class ReasonColumn implements AttributeConverter<OpenedReason, String> {
        @Override
        public String convertToPersistedValue(OpenedReason reason, ConversionContext context) {
            return reason == null ? null : reason.id();
        }

        @Override
        public OpenedReason convertToEntityValue(String persisted, ConversionContext context) {
            return persisted == null ? null : OpenedReason.fromId(persisted);
        }
    }
}
