package org.clinicverify.score;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the rules found on one page, before any decision.
 *
 * @param url           the page URL
 * @param hits          rule id -> the first evidence found for it (one per rule: presence, not density)
 * @param contextPoints context rule id -> points (weight times distinct patterns matched, capped)
 * @param phones        US phone numbers seen, as 10 digits
 * @param postalCodes   US ZIP codes seen in addresses
 * @param names         names the page gives itself (title, structured data, locations)
 * @param text          the page text (for the REMS matcher)
 * @param modelFeatures the text model's features present on the page (sorted indices; empty without a model)
 */
record PageFindings(String url,
                    Map<String, Evidence> hits,
                    Map<String, Integer> contextPoints,
                    Set<String> phones,
                    Set<String> postalCodes,
                    List<String> names,
                    String text,
                    int[] modelFeatures) {
}
