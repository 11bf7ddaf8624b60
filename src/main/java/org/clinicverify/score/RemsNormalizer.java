package org.clinicverify.score;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalises names, street addresses and phone numbers so that a registry row and a web page that
 * write the same place differently compare equal.
 *
 * <ul>
 *   <li>Names: accents folded, case folded, "&amp;" read as "and", punctuation dropped, legal-form
 *       words dropped (LLC, PLLC, PC, PA, Inc, Corp, Ltd, Co, The); "X dba Y" yields both names.</li>
 *   <li>Addresses: USPS Publication 28 style abbreviations (Street → st, Avenue → ave, Road → rd,
 *       Suite / Ste / # → ste, North → n, East → e, ...), ordinal words to digits (First → 1st).</li>
 *   <li>Phones: the ten digits of a NANP number, without the +1 / 1 country prefix (E.164 or not).</li>
 * </ul>
 */
final class RemsNormalizer {

    /** Compiled once: phoneDigits runs for every phone number of every page. */
    private static final Pattern NON_DIGITS = Pattern.compile("\\D");
    /** Ten or eleven digits, the tenth at most 14 chars after the first: {@link PageAnalyzer#phoneStarts} relies on it (StartCharsTest checks). */
    static final Pattern PHONE = Pattern.compile("(?<![\\d-])(?:\\+?1[ .-]?)?\\(?[2-9]\\d{2}\\)?[ .-]?\\d{3}[ .-]?\\d{4}(?![\\d-])");

    private static final Set<String> LEGAL_FORMS = Set.of("llc", "pllc", "pc", "pa", "inc", "incorporated", "corp",
            "corporation", "ltd", "co", "the", "lp", "llp", "psc", "sc");
    private static final Map<String, String> ADDRESS_WORDS = Map.ofEntries(
            Map.entry("street", "st"), Map.entry("str", "st"), Map.entry("avenue", "ave"), Map.entry("av", "ave"),
            Map.entry("road", "rd"), Map.entry("boulevard", "blvd"), Map.entry("drive", "dr"), Map.entry("lane", "ln"),
            Map.entry("parkway", "pkwy"), Map.entry("highway", "hwy"), Map.entry("place", "pl"), Map.entry("court", "ct"),
            Map.entry("circle", "cir"), Map.entry("square", "sq"), Map.entry("terrace", "ter"), Map.entry("trail", "trl"),
            Map.entry("suite", "ste"), Map.entry("unit", "ste"), Map.entry("floor", "fl"), Map.entry("building", "bldg"),
            Map.entry("north", "n"), Map.entry("south", "s"), Map.entry("east", "e"), Map.entry("west", "w"),
            Map.entry("northeast", "ne"), Map.entry("northwest", "nw"), Map.entry("southeast", "se"),
            Map.entry("southwest", "sw"), Map.entry("first", "1st"), Map.entry("second", "2nd"), Map.entry("third", "3rd"),
            Map.entry("fourth", "4th"), Map.entry("fifth", "5th"), Map.entry("sixth", "6th"), Map.entry("seventh", "7th"),
            Map.entry("eighth", "8th"), Map.entry("ninth", "9th"), Map.entry("tenth", "10th"), Map.entry("mount", "mt"),
            Map.entry("saint", "st"), Map.entry("expressway", "expy"), Map.entry("freeway", "fwy"), Map.entry("plaza", "plz"));

    private RemsNormalizer() {
    }

    /** The name(s) a business goes by, normalised; "A LLC dba B" gives both "a" and "b". */
    static List<String> names(String name) {
        List<String> names = new ArrayList<>();
        for (String part : fold(name).split("\\b(?:d\\s*/?\\s*b\\s*/?\\s*a|doing business as)\\b")) {
            String n = name(part);
            if (!n.isBlank()) {
                names.add(n);
            }
        }
        return names;
    }

    static String name(String name) {
        String s = fold(name).replace("&", " and ").replace(".", "").replaceAll("[^\\p{L}\\p{N}]+", " ");
        StringBuilder out = new StringBuilder();
        for (String token : s.strip().split(" ")) {
            if (!token.isEmpty() && !LEGAL_FORMS.contains(token)) {
                out.append(out.length() == 0 ? "" : " ").append(token);
            }
        }
        return out.toString();
    }

    /** A street line: "3801 East First Avenue Suite 400" and "3801 E. 1st Ave., #400" give the same. */
    static String address(String address) {
        String s = fold(address).replace(".", "").replace("#", " ste ").replaceAll("[^\\p{L}\\p{N}]+", " ");
        StringBuilder out = new StringBuilder();
        for (String token : s.strip().split(" ")) {
            if (token.isEmpty()) {
                continue;
            }
            out.append(out.length() == 0 ? "" : " ").append(ADDRESS_WORDS.getOrDefault(token, token));
        }
        return out.toString().replace("ste ste", "ste");
    }

    /** The street line without its suite/floor part: "4802 n 24th st ste 150" -> "4802 n 24th st". */
    static String streetOnly(String normalisedAddress) {
        int cut = normalisedAddress.indexOf(" ste ");
        int floor = normalisedAddress.indexOf(" fl ");
        if (floor > 0 && (cut < 0 || floor < cut)) {
            cut = floor;
        }
        return cut > 0 ? normalisedAddress.substring(0, cut) : normalisedAddress;
    }

    /** Ten digits of a NANP number, or "" if there are not ten. */
    static String phoneDigits(String phone) {
        String digits = phone == null ? "" : NON_DIGITS.matcher(phone).replaceAll("");
        if (digits.length() == 11 && digits.startsWith("1")) {
            digits = digits.substring(1);
        }
        return digits.length() == 10 ? digits : "";
    }

    static String fold(String s) {
        if (s == null) {
            return "";
        }
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
