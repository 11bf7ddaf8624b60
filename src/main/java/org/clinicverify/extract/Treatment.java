package org.clinicverify.extract;

/** Ketamine and esketamine treatments a provider can offer. */
public enum Treatment {
    IV_INFUSION,
    IM_INJECTION,
    ESKETAMINE_NASAL_SPRAY,
    SUBLINGUAL_ORAL,
    KETAMINE_ASSISTED_PSYCHOTHERAPY
}
