package org.clinicverify.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;

/**
 * Named clinicians: "Andrew Fairbanks, MD", "Dr. Jane Smith, M.D., Ph.D.", "Megan Albright,
 * PMHNP-BC, NP", Physician/Person items in structured data, and "Dr. Jane Smith" without
 * credentials when no credentialed clinician of that surname is listed. An NPI printed after the
 * name (before the next clinician) belongs to that clinician; a short line under the name with a
 * role word ("Chief medical officer") is the role. Names that look like places ("Silver Spring, MD"
 * followed by a ZIP) are not clinicians.
 */
final class ClinicianFinder {

    static final int MAX_CLINICIANS = 100;
    private static final int NPI_WINDOW = 300;

    /** A name of two to four capitalised words (or initials) ending where the region ends, after an optional "Dr.". */
    private static final Pattern NAME_BEFORE_COMMA = Pattern.compile(
            "(?:\\b(Dr\\.?|Doctor)[ ]+)?\\b([A-Z][a-zA-Z'\\-]+(?:[ ]+(?:[A-Z]\\.|[A-Z][a-zA-Z'\\-]+)){1,3})[ ]*$");
    private static final Pattern DOCTOR = Pattern.compile(
            "Dr\\.?[ ]+([A-Z][a-z'\\-]+(?:[ ]+[A-Z]\\.)?[ ]+[A-Z][a-zA-Z'\\-]+)");
    private static final int NAME_WINDOW = 80;
    private static final int CREDENTIALS_WINDOW = 60;
    private static final Pattern NPI = Pattern.compile("\\bNPI\\b[^0-9\\n]{0,20}(\\d{10})(?!\\d)");
    private static final Pattern ZIP_AHEAD = Pattern.compile("^[ ]*\\d{5}");

    private static final Pattern TEN_DIGITS = Pattern.compile("(?<!\\d)(\\d{10})(?!\\d)");
    private static final Pattern CREDENTIAL_SEPARATORS = Pattern.compile("[,\\s/]+");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s.]+");
    private static final Pattern NPI_TAIL = Pattern.compile("(?i)[·|,;]?\\s*\\bNPI\\b.*$");
    /** Compiled once: String.split compiles a regex of more than one char on every call. */
    private static final Pattern SPACES = Pattern.compile(" +");
    private final Vocabulary vocabulary;

    ClinicianFinder(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    List<Clinician> find(List<SchemaNode> roots, String lines) {
        Map<String, Clinician> out = new LinkedHashMap<>();
        fromText(lines).forEach(c -> out.merge(nameKey(c.name()), c, ClinicianFinder::merge));
        for (SchemaNode root : roots) {
            for (SchemaNode node : root.selfAndDescendants()) {
                if (node.isA(Set.of("Physician", "Person")) && node.text("name").isPresent()) {
                    Clinician c = fromNode(node);
                    if (c != null) {
                        out.merge(nameKey(c.name()), c, ClinicianFinder::merge);
                    }
                }
            }
        }
        for (Clinician doctor : doctorsWithoutCredentials(lines)) {
            boolean known = out.values().stream().anyMatch(c -> sameSurname(c.name(), doctor.name()));
            if (!known) {
                out.putIfAbsent(nameKey(doctor.name()), doctor);
            }
        }
        return out.values().stream().limit(MAX_CLINICIANS).toList();
    }

    /**
     * Credentialed names in text. Rather than running a name regex over the whole page, it looks at
     * each comma followed by a known credential and reads the name that ends at that comma.
     */
    private List<Clinician> fromText(String lines) {
        List<int[]> spans = new ArrayList<>();
        List<Clinician> found = new ArrayList<>();
        int comma = lines.indexOf(',');
        while (comma >= 0 && found.size() < MAX_CLINICIANS) {
            int next = lines.indexOf(',', comma + 1);
            int credentialsEnd = credentialsEnd(lines, comma + 1);
            if (credentialsEnd > comma + 1) {
                int lineStart = Math.max(lines.lastIndexOf('\n', comma - 1) + 1, comma - NAME_WINDOW);
                Matcher name = NAME_BEFORE_COMMA.matcher(lines).region(Math.max(0, lineStart), comma);
                String candidate = name.find() ? plausibleTail(name.group(2)) : null;
                boolean place = ZIP_AHEAD.matcher(lines).region(credentialsEnd, Math.min(lines.length(), credentialsEnd + 8)).lookingAt();
                if (candidate != null && !place) {
                    found.add(new Clinician(candidate, credentials(lines.substring(comma + 1, credentialsEnd)), null, null));
                    spans.add(new int[] {name.start(), credentialsEnd});
                    next = lines.indexOf(',', credentialsEnd);
                }
            }
            comma = next;
        }
        List<Clinician> out = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            int end = spans.get(i)[1];
            int limit = i + 1 < spans.size() ? spans.get(i + 1)[0] : lines.length();
            String after = lines.substring(end, Math.max(end, Math.min(limit, end + NPI_WINDOW)));
            Matcher npi = NPI.matcher(after);
            Clinician c = found.get(i);
            out.add(new Clinician(c.name(), c.credentials(), role(after), npi.find() ? npi.group(1) : null));
        }
        return out;
    }

    /** The end of the run of known credentials starting at {@code from} ("MD, PhD" in ", MD, PhD is"), or {@code from}. */
    private int credentialsEnd(String lines, int from) {
        int limit = Math.min(lines.length(), from + CREDENTIALS_WINDOW);
        int end = from;
        for (int[] token = credentialToken(lines, end, limit); token != null; token = credentialToken(lines, end, limit)) {
            if (!vocabulary.credentials.containsKey(Vocabulary.credentialKey(lines.substring(token[0], token[1])))) {
                break;
            }
            end = token[1];
        }
        return end;
    }

    /**
     * The credential-like token at {@code from} as {@code [start, end]}, or null: what
     * {@code [ ]*[,/]?[ ]*([A-Za-z][A-Za-z.\-]{0,9})(?![A-Za-z])} matched with lookingAt in the
     * region [from, limit) (the group and the match both end at end). Read by hand: this runs at
     * every comma of the page, and a matcher per comma cost more than the rest of the finder.
     */
    static int[] credentialToken(String s, int from, int limit) {
        int i = skipSpaces(s, from, limit);
        if (i < limit && (s.charAt(i) == ',' || s.charAt(i) == '/')) {
            i = skipSpaces(s, i + 1, limit);
        }
        if (i >= limit || !asciiLetter(s.charAt(i))) {
            return null;
        }
        int longest = i + 1;
        while (longest < limit && longest - i < 10 && (asciiLetter(s.charAt(longest)) || s.charAt(longest) == '.' || s.charAt(longest) == '-')) {
            longest++;
        }
        // greedy, then backing off to a token end the lookahead accepts: no letter after it
        for (int end = longest; end > i; end--) {
            if (end == limit || !asciiLetter(s.charAt(end))) {
                return new int[] {i, end};
            }
        }
        return null;
    }

    private static int skipSpaces(String s, int i, int limit) {
        while (i < limit && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean asciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The name without leading words that cannot be part of a name ("Meet Jane Smith" -> "Jane Smith"), or null. */
    @Nullable
    private String plausibleTail(String written) {
        String[] words = SPACES.split(written.strip());
        for (int first = 0; first + 2 <= words.length; first++) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
            if (plausibleName(name)) {
                return name;
            }
        }
        return null;
    }

    @Nullable
    private Clinician fromNode(SchemaNode node) {
        String written = node.text("name").orElse("").strip();
        String name = written;
        List<String> credentials = new ArrayList<>();
        int comma = written.indexOf(',');
        if (comma > 0) {
            List<String> fromName = credentials(written.substring(comma + 1));
            if (!fromName.isEmpty()) {
                name = written.substring(0, comma).strip();
                credentials.addAll(fromName);
            }
        }
        name = name.replaceFirst("^(Dr\\.?|Doctor)\\s+", "");
        for (String suffix : node.texts("honorificSuffix")) {
            credentials.addAll(credentials(suffix));
        }
        if (name.isEmpty() || name.split("\\s+").length < 2 || name.length() > 80) {
            return null;
        }
        String npi = null;
        for (String property : List.of("identifier", "npi", "taxID")) {
            for (String value : node.texts(property)) {
                Matcher digits = TEN_DIGITS.matcher(value);
                if (npi == null && digits.find()) {
                    npi = digits.group(1);
                }
            }
        }
        for (SchemaNode id : node.nodes("identifier")) {
            Matcher digits = TEN_DIGITS.matcher(id.text("value").orElse(""));
            if (npi == null && digits.find()) {
                npi = digits.group(1);
            }
        }
        String role = node.text("jobTitle").orElse(null);
        return new Clinician(name, List.copyOf(new java.util.LinkedHashSet<>(credentials)), role, npi);
    }

    private List<Clinician> doctorsWithoutCredentials(String lines) {
        List<Clinician> out = new ArrayList<>();
        int at = lines.indexOf("Dr");
        while (at >= 0 && out.size() < MAX_CLINICIANS) {
            Matcher m = DOCTOR.matcher(lines).region(at, Math.min(lines.length(), at + NAME_WINDOW));
            if ((at == 0 || !Character.isLetter(lines.charAt(at - 1))) && m.lookingAt() && plausibleName(m.group(1))) {
                out.add(new Clinician(m.group(1).strip(), List.of(), null, null));
            }
            at = lines.indexOf("Dr", at + 2);
        }
        return out;
    }

    /** Leading tokens that are known credentials, normalised ("M.D., Ph.D" -> [MD, PhD]). */
    List<String> credentials(String written) {
        List<String> out = new ArrayList<>();
        for (String token : CREDENTIAL_SEPARATORS.split(written)) {
            if (token.isEmpty()) {
                continue;
            }
            String credential = vocabulary.credentials.get(Vocabulary.credentialKey(token));
            if (credential == null) {
                break;
            }
            if (!out.contains(credential)) {
                out.add(credential);
            }
        }
        return out;
    }

    private boolean plausibleName(String name) {
        for (String word : NAME_SEPARATORS.split(name.toLowerCase(Locale.ROOT))) {
            if (vocabulary.notNameWords.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** The first short line after the name that carries a role word, without any "NPI ..." tail. */
    @Nullable
    private String role(String after) {
        String[] next = after.split("\n", 4);
        for (int i = 1; i < next.length && i <= 2; i++) {
            String line = (mentionsNpi(next[i]) ? NPI_TAIL.matcher(next[i]).replaceFirst("") : next[i]).strip();
            if (!line.isEmpty() && line.length() <= 80 && Keywords.containsAny(Keywords.fold(line), vocabulary.roleWords)) {
                return line;
            }
        }
        return null;
    }

    /** Whether {@link #NPI_TAIL} can match: its ASCII-case-insensitive "NPI" occurs (the tail regex is tried at every char). */
    private static boolean mentionsNpi(String line) {
        for (int i = 0; i + 3 <= line.length(); i++) {
            if (line.regionMatches(true, i, "npi", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The folded name's letters a-z, its words separated by one space (what removing every other char
     * and then collapsing and stripping the spaces gives). By hand: two replaceAll calls compiled two
     * regexes per name, and a page that repeats its team names each member many times.
     */
    static String nameKey(String name) {
        String folded = Keywords.fold(name);
        StringBuilder key = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z') {
                key.append(c);
            } else if (c == ' ' && key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
                key.append(' ');
            }
        }
        int end = key.length();
        return end > 0 && key.charAt(end - 1) == ' ' ? key.substring(0, end - 1) : key.toString();
    }

    private static boolean sameSurname(String a, String b) {
        String[] x = nameKey(a).split(" ");
        String[] y = nameKey(b).split(" ");
        return x[x.length - 1].equals(y[y.length - 1]);
    }

    static Clinician merge(Clinician a, Clinician b) {
        List<String> credentials = new ArrayList<>(a.credentials());
        b.credentials().stream().filter(c -> !credentials.contains(c)).forEach(credentials::add);
        return new Clinician(a.name(), List.copyOf(credentials), LocationFinder.first(a.role(), b.role()),
                LocationFinder.first(a.npi(), b.npi()));
    }
}
