package org.clinicverify.partner;

/** A freshly created key: the only moment the plain key exists outside the partner's hands. */
public record CreatedKey(PartnerKey key, String plainKey) {
}
