package org.clinicverify.extract;

import java.util.Map;

/**
 * One schema.org item (MedicalClinic, Physician, Product, Offer, ...), flattened: nested values are
 * addressed with dotted keys ("address.postalCode", "offers.price").
 *
 * @param type       the schema.org type name without the namespace, e.g. "MedicalClinic"
 * @param source     where it came from
 * @param properties flattened property values
 */
public record StructuredItem(String type, Source source, Map<String, String> properties) {

    public enum Source { JSON_LD, MICRODATA }
}
