package org.clinicverify.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.Yaml;

/**
 * The keyword tables of the extractor, read once from {@code extract/vocabulary.yml} on the
 * classpath. Every phrase is stored folded (lower case, accents removed) so it can be matched with
 * {@link Keywords#contains(String, String)} against folded text.
 */
final class Vocabulary {

    static final String RESOURCE = "extract/vocabulary.yml";

    final Map<String, List<String>> stopWords;
    final Map<Treatment, List<String>> treatments;
    final Map<String, List<String>> conditions;
    final List<String> treatmentNegations;
    final List<String> conditionNegations;
    final Map<String, List<String>> insurance;
    final List<String> insuranceNegations;
    final Map<String, List<String>> paymentMethods;
    /** Credential key (upper case, no dots) -> credential as reported. */
    final Map<String, String> credentials;
    final List<String> roleWords;
    final java.util.Set<String> notNameWords;
    final List<String> cartPhrases;
    final List<String> checkoutPhrases;
    final List<String> cartUrlWords;
    final List<String> checkoutUrlWords;
    final List<String> shippingSubjects;
    final List<String> shippingClaims;
    final List<String> shippingStrong;
    /** Unit word as written (folded) -> canonical unit. */
    final Map<String, String> units;

    private Vocabulary(Map<String, Object> yaml) {
        stopWords = phraseTable(yaml.get("stopWords"));
        Map<Treatment, List<String>> t = new LinkedHashMap<>();
        phraseTable(yaml.get("treatments")).forEach((k, v) -> t.put(Treatment.valueOf(k), v));
        treatments = Map.copyOf(t);
        conditions = phraseTable(yaml.get("conditions"));
        treatmentNegations = phrases(yaml.get("treatmentNegations"));
        conditionNegations = phrases(yaml.get("conditionNegations"));
        insurance = phraseTable(yaml.get("insurance"));
        insuranceNegations = phrases(yaml.get("insuranceNegations"));
        paymentMethods = phraseTable(yaml.get("paymentMethods"));
        Map<String, String> c = new LinkedHashMap<>();
        for (Object o : list(yaml.get("credentials"))) {
            String credential = String.valueOf(o);
            c.put(credentialKey(credential), credential);
        }
        credentials = Map.copyOf(c);
        roleWords = phrases(yaml.get("roleWords"));
        notNameWords = java.util.Set.copyOf(phrases(yaml.get("notNameWords")));
        cartPhrases = phrases(yaml.get("cartPhrases"));
        checkoutPhrases = phrases(yaml.get("checkoutPhrases"));
        cartUrlWords = phrases(yaml.get("cartUrlWords"));
        checkoutUrlWords = phrases(yaml.get("checkoutUrlWords"));
        Map<String, List<String>> shipping = phraseTable(yaml.get("shipping"));
        shippingSubjects = shipping.getOrDefault("subjects", List.of());
        shippingClaims = shipping.getOrDefault("claims", List.of());
        shippingStrong = shipping.getOrDefault("strong", List.of());
        Map<String, String> u = new LinkedHashMap<>();
        phraseTable(yaml.get("units")).forEach((unit, words) -> words.forEach(w -> u.put(w, unit)));
        units = Map.copyOf(u);
    }

    /** The vocabulary bundled in the jar. */
    static Vocabulary bundled() {
        try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + RESOURCE);
            }
            Map<String, Object> yaml = new Yaml().load(in);
            return new Vocabulary(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** "M.D." -> "MD", "Ph.D." -> "PHD", "pmhnp-bc" -> "PMHNP-BC". */
    static String credentialKey(String written) {
        return written.replace(".", "").toUpperCase(java.util.Locale.ROOT);
    }

    private static Map<String, List<String>> phraseTable(Object node) {
        Map<String, List<String>> table = new LinkedHashMap<>();
        if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> table.put(String.valueOf(k), phrases(v)));
        }
        return java.util.Collections.unmodifiableMap(table);
    }

    private static List<String> phrases(Object node) {
        List<String> out = new ArrayList<>();
        for (Object o : list(node)) {
            out.add(Keywords.fold(String.valueOf(o)));
        }
        return List.copyOf(out);
    }

    private static List<?> list(Object node) {
        return node instanceof List<?> l ? l : List.of();
    }
}
