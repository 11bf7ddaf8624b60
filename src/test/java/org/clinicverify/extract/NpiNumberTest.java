package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NpiNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567893", "1247903846", "2824152526", "1547997399", "1497758544"})
    void acceptsNumbersWithACorrectCheckDigit(String npi) {
        assertTrue(NpiNumber.isValid(npi));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567890", "1234567894", "2824152527"})
    void rejectsNumbersWithAWrongCheckDigit(String npi) {
        assertFalse(NpiNumber.isValid(npi));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "123456789", "12345678931", "12345678a3", "１２３４５６７８９３"})
    void rejectsAnythingButTenAsciiDigits(String npi) {
        assertFalse(NpiNumber.isValid(npi));
    }

    @Test
    void rejectsNull() {
        assertFalse(NpiNumber.isValid(null));
    }

    @Test
    void parseIgnoresSpacesAndDashes() {
        assertEquals(Optional.of(new NpiNumber("1234567893")), NpiNumber.parse(" 123-456 7893 "));
    }

    @Test
    void parseOfAnInvalidNumberIsEmpty() {
        assertEquals(Optional.empty(), NpiNumber.parse("1234567890"));
    }

    @Test
    void constructorRefusesAnInvalidNumber() {
        assertThrows(IllegalArgumentException.class, () -> new NpiNumber("1234567890"));
    }

    @Test
    void checkDigitIsTheLuhnDigitOverThePrefixedNineDigits() {
        assertEquals(3, NpiNumber.checkDigit("123456789"));
    }
}
