package org.clinicverify.score;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of all pages of a site, merged: for each rule, evidence from up to
 * {@link #MAX_EVIDENCE} pages; for each context rule, its strongest page.
 */
final class SiteFindings {

    static final int MAX_EVIDENCE = 3;

    final Map<String, List<Evidence>> fired = new LinkedHashMap<>();
    final Map<String, Integer> contextPoints = new HashMap<>();

    void add(PageFindings page) {
        page.hits().forEach(this::add);
        page.contextPoints().forEach((id, points) -> contextPoints.merge(id, points, Math::max));
    }

    void add(String ruleId, Evidence evidence) {
        List<Evidence> list = fired.computeIfAbsent(ruleId, k -> new ArrayList<>());
        if (list.size() < MAX_EVIDENCE) {
            list.add(evidence);
        }
    }

    boolean has(String ruleId) {
        return fired.containsKey(ruleId);
    }

    void remove(String ruleId) {
        fired.remove(ruleId);
    }
}
