package org.clinicverify.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void foldsAccentsCaseAndPunctuation() {
        assertEquals("clinica sao paulo ketamine assisted", TextFolding.fold("Clínica São-Paulo: Ketamine‑Assisted"));
    }

    @Test
    void expandsEsketamineToSpravato() {
        assertTrue(TextFolding.foldAndExpand("Esketamine nasal spray").contains("spravato"));
    }

    @Test
    void expandsHyphenatedTreatmentResistantDepressionToTrd() {
        assertTrue(TextFolding.foldAndExpand("Treatment-resistant depression").endsWith("trd treatment resistant depression"));
    }

    @Test
    void doesNotExpandIvInsideOtherWords() {
        assertEquals("ivy lane clinic", TextFolding.foldAndExpand("Ivy Lane Clinic"));
    }
}
