package org.clinicverify.score;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The REMS registry prepared for matching. A site matches an entry when at least two of its name,
 * street address (with ZIP) and phone agree after normalisation ({@link RemsNormalizer}). Candidate
 * entries are looked up by phone and ZIP first, so matching costs the same with ten thousand rows.
 */
public final class RemsIndex {

    public static final RemsIndex EMPTY = new RemsIndex(List.of());

    private record Prepared(RemsEntry entry, List<String> names, String street, String phone) {
    }

    /**
     * What matched.
     *
     * @param fields the fields that agreed: "name", "address", "phone"
     */
    public record Match(RemsEntry entry, List<String> fields) {
    }

    private final Map<String, List<Prepared>> byPhone = new HashMap<>();
    private final Map<String, List<Prepared>> byZip = new HashMap<>();
    private final int size;

    public RemsIndex(Collection<RemsEntry> entries) {
        for (RemsEntry e : entries) {
            String street = RemsNormalizer.streetOnly(RemsNormalizer.address(e.street()));
            Prepared p = new Prepared(e, RemsNormalizer.names(e.name()), street, RemsNormalizer.phoneDigits(e.phone()));
            if (!p.phone().isEmpty()) {
                byPhone.computeIfAbsent(p.phone(), k -> new ArrayList<>()).add(p);
            }
            if (e.zip() != null && e.zip().length() >= 5) {
                byZip.computeIfAbsent(e.zip().substring(0, 5), k -> new ArrayList<>()).add(p);
            }
        }
        this.size = entries.size();
    }

    public int size() {
        return size;
    }

    /**
     * @param names       names the site gives itself (title, structured data)
     * @param text        the site's text
     * @param phones      its phone numbers (any format)
     * @param postalCodes its ZIP codes
     */
    public Optional<Match> match(Collection<String> names, String text, Collection<String> phones,
                                 Collection<String> postalCodes) {
        Set<Prepared> candidates = new LinkedHashSet<>();
        Set<String> digits = new LinkedHashSet<>();
        for (String phone : phones) {
            String d = RemsNormalizer.phoneDigits(phone);
            if (!d.isEmpty()) {
                digits.add(d);
                candidates.addAll(byPhone.getOrDefault(d, List.of()));
            }
        }
        for (String zip : postalCodes) {
            if (zip.length() >= 5) {
                candidates.addAll(byZip.getOrDefault(zip.substring(0, 5), List.of()));
            }
        }
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String normalisedText = " " + RemsNormalizer.address(text) + " ";
        String nameText = " " + RemsNormalizer.name(String.join(" | ", names) + " " + text) + " ";
        for (Prepared p : candidates) {
            List<String> fields = new ArrayList<>();
            if (p.names().stream().anyMatch(n -> nameText.contains(" " + n + " "))) {
                fields.add("name");
            }
            if (!p.street().isEmpty() && normalisedText.contains(" " + p.street() + " ")
                    && postalCodes.stream().anyMatch(z -> z.startsWith(p.entry().zip().substring(0, 5)))) {
                fields.add("address");
            }
            if (digits.contains(p.phone())) {
                fields.add("phone");
            }
            if (fields.size() >= 2) {
                return Optional.of(new Match(p.entry(), List.copyOf(fields)));
            }
        }
        return Optional.empty();
    }
}
