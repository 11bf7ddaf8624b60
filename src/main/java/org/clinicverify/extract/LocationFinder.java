package org.clinicverify.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;

/**
 * Practice locations of one page: first from schema.org items that carry an address (a
 * MedicalClinic, a Physician, an Organization's {@code location} ...), then from US addresses written
 * in the text ("4801 Burnet Rd, Suite 140 / Austin, TX 78756"). A text address needs a street line,
 * a city, a valid state code and a 5-digit ZIP; the phone printed just below it becomes its phone.
 * The same address found twice (structured and in the footer) is one location.
 */
final class LocationFinder {

    static final int MAX_LOCATIONS = 50;
    private static final int STREET_WINDOW = 150;
    private static final int PHONE_WINDOW = 140;
    private static final int CITY_WINDOW = 70;

    private static final Set<String> NOT_PLACES = Set.of("Person", "Offer", "AggregateOffer", "Product", "Brand",
            "PostalAddress", "GeoCoordinates", "WebSite", "WebPage", "BreadcrumbList", "ListItem", "Review", "Rating",
            "AggregateRating", "ImageObject", "Article", "NewsArticle", "BlogPosting");

    static final String STATES = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV"
            + "|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI";
    private static final Pattern CITY_STATE_ZIP = Pattern.compile(
            "\\b([A-Z][A-Za-z.'\\-]*(?: [A-Z][A-Za-z.'\\-]*){0,3}),[ ]?(" + STATES + ")\\.?[ ]+(\\d{5})(?:-\\d{4})?(?![\\d])");
    private static final Pattern STREET = Pattern.compile(
            "(\\d{1,6}[A-Za-z]?(?:-\\d{1,5})? [^\\n,|·•:;]{2,60}?"
                    + "(?:,[ ]*(?:(?:Suite|Ste\\.?|Unit|Apt\\.?|#|Floor|Fl\\.?|Bldg\\.?|Building|Room|Rm\\.?)[ ]*[A-Za-z0-9\\-]{1,8}"
                    + "|\\d{1,3}(?:st|nd|rd|th)[ ]+(?:[Ff]loor|Fl\\.?)))?)$");
    private static final Pattern US_STATE = Pattern.compile("(?:" + STATES + ")");
    private static final Pattern US_ZIP = Pattern.compile("\\d{5}(?:-\\d{4})?");
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]{2,}");

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private final PhoneFinder phones;

    LocationFinder(PhoneFinder phones) {
        this.phones = phones;
    }

    List<PracticeLocation> find(List<SchemaNode> roots, String lines, List<PhoneFinder.Found> phonesInText) {
        Map<String, PracticeLocation> out = new LinkedHashMap<>();
        for (SchemaNode root : roots) {
            for (SchemaNode node : root.selfAndDescendants()) {
                if (!node.isA(NOT_PLACES) && node.properties.containsKey("address")) {
                    fromNode(node).forEach(l -> out.putIfAbsent(key(l), l));
                }
            }
        }
        for (PracticeLocation l : fromText(lines, phonesInText)) {
            out.merge(key(l), l, LocationFinder::fillGaps);
        }
        return out.values().stream().limit(MAX_LOCATIONS).toList();
    }

    private List<PracticeLocation> fromNode(SchemaNode node) {
        String name = node.text("name").orElse(null);
        String phone = node.text("telephone").flatMap(phones::toE164).orElse(null);
        Double lat = null;
        Double lon = null;
        SchemaNode geo = node.node("geo");
        if (geo != null) {
            lat = number(geo.text("latitude").orElse(null));
            lon = number(geo.text("longitude").orElse(null));
        }
        String hours = openingHours(node);
        List<PracticeLocation> out = new ArrayList<>();
        for (Object value : node.properties.get("address")) {
            if (value instanceof SchemaNode a) {
                String region = a.text("addressRegion").orElse(null);
                String zip = a.text("postalCode").orElse(null);
                String country = a.text("addressCountry").orElse(usByStateAndZip(region, zip));
                out.add(new PracticeLocation(name, a.text("streetAddress").orElse(null),
                        a.text("addressLocality").orElse(null), region, zip, country, phone, lat, lon, hours));
            } else if (value instanceof String s) {
                List<PracticeLocation> parsed = fromText(s, List.of());
                if (parsed.isEmpty()) {
                    out.add(new PracticeLocation(name, s.strip(), null, null, null, null, phone, lat, lon, hours));
                }
                for (PracticeLocation p : parsed) {
                    out.add(new PracticeLocation(name, p.street(), p.city(), p.region(), p.postalCode(), p.country(),
                            phone, lat, lon, hours));
                }
            }
        }
        return out;
    }

    @Nullable
    private static String openingHours(SchemaNode node) {
        List<String> parts = new ArrayList<>(node.texts("openingHours"));
        for (SchemaNode spec : node.nodes("openingHoursSpecification")) {
            String days = String.join(",", spec.texts("dayOfWeek").stream().map(JsonLdReader::stripNamespace).toList());
            String opens = spec.text("opens").orElse("");
            String closes = spec.text("closes").orElse("");
            if (!days.isEmpty() || !opens.isEmpty()) {
                parts.add((days + " " + opens + (closes.isEmpty() ? "" : "-" + closes)).strip());
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }

    /** US addresses written in text; {@code lines} is the page's visible text, one block per line. */
    List<PracticeLocation> fromText(String lines, List<PhoneFinder.Found> phonesInText) {
        List<PracticeLocation> out = new ArrayList<>();
        Matcher m = CITY_STATE_ZIP.matcher(lines);
        // The address regex only runs just before each 5-digit number: ZIPs are rare, word starts are not.
        for (int zip = nextZip(lines, 0); zip >= 0 && out.size() < MAX_LOCATIONS; zip = nextZip(lines, zip + 5)) {
            if (!cityStateZip(m, lines, zip)) {
                continue;
            }
            Optional<String> street = streetBefore(lines, m.start());
            if (street.isEmpty()) {
                continue;
            }
            int streetStart = lines.lastIndexOf(street.get(), m.start());
            String name = lineBefore(lines, streetStart);
            String phone = phoneAfter(phonesInText, m.end());
            out.add(new PracticeLocation(name, street.get(), m.group(1), m.group(2), m.group(3), "US", phone,
                    null, null, null));
        }
        return out;
    }

    /**
     * Whether the city, state and ZIP regex, searched in the window before {@code zip}, has a match
     * whose ZIP starts there; {@code m} then holds it. The same match {@link Matcher#find()} gives
     * (successive finds until one whose ZIP is at {@code zip}), but on an ASCII window the regex is
     * tried only where its leading \\b and capital can hold: java.util.regex works out the word
     * boundary at every position of the window, and most positions are inside words.
     */
    static boolean cityStateZip(Matcher m, String lines, int zip) {
        int from = Math.max(0, zip - CITY_WINDOW);
        int to = Math.min(lines.length(), zip + 10);
        if (!ascii(lines, from, to)) {
            m.region(from, to);
            while (m.find()) {
                if (m.start(3) == zip) {
                    return true;
                }
            }
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = lines.charAt(i);
            // the region's bounds are opaque: at its start \\b sees no char before
            if (c < 'A' || c > 'Z' || i > from && wordChar(lines.charAt(i - 1))) {
                continue;
            }
            m.region(i, to);
            if (m.lookingAt()) {
                if (m.start(3) == zip) {
                    return true;
                }
                i = m.end() - 1; // find goes on after the match
            }
        }
        return false;
    }

    private static boolean ascii(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** An ASCII char that \\b counts as part of a word. */
    private static boolean wordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** The start of the next run of exactly five digits at or after {@code from}, or -1. */
    private static int nextZip(String text, int from) {
        int run = 0;
        for (int i = from; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            // ASCII first: Character.isDigit looks every char up in the Unicode tables
            boolean digit = c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c);
            if (digit) {
                run++;
            } else {
                if (run == 5) {
                    return i - 5;
                }
                run = 0;
            }
        }
        return -1;
    }

    private static Optional<String> streetBefore(String lines, int cityStart) {
        String window = lines.substring(Math.max(0, cityStart - STREET_WINDOW), cityStart);
        String trimmed = withoutTrailingSeparators(window);
        String lastLine = trimmed.substring(trimmed.lastIndexOf('\n') + 1);
        Matcher s = STREET.matcher(lastLine);
        if (s.find() && LETTER.matcher(s.group(1)).find()) {
            return Optional.of(s.group(1).strip());
        }
        return Optional.empty();
    }

    /**
     * {@code s} less its trailing run of spaces, commas, dots, bars and dashes: what replacing the
     * first match of {@code [\\s,·|•\\-–]+$} with "" gives (a regex tried at every position of
     * the window). As there, a run that ends just before a final line separator other than \\n and
     * \\r (U+0085, U+2028, U+2029, which {@code $} stops before) goes and the separator stays.
     */
    static String withoutTrailingSeparators(String s) {
        int end = s.length();
        if (end > 0 && (s.charAt(end - 1) == '\u0085' || s.charAt(end - 1) == '\u2028' || s.charAt(end - 1) == '\u2029')) {
            end--;
        }
        int start = end;
        while (start > 0 && separator(s.charAt(start - 1))) {
            start--;
        }
        return start == end ? s : s.substring(0, start) + s.substring(end);
    }

    private static boolean separator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
                || c == ',' || c == '·' || c == '|' || c == '•' || c == '-' || c == '–';
    }

    /** The short line just above a street line ("ClearPath Ketamine Centers", "Dallas"), as the location name. */
    @Nullable
    private static String lineBefore(String lines, int streetStart) {
        if (streetStart <= 0) {
            return null;
        }
        int lineStart = lines.lastIndexOf('\n', streetStart - 1);
        if (lineStart < 0 || lines.substring(lineStart, streetStart).strip().length() > 0) {
            return null; // the street does not start its own line
        }
        int prevStart = lines.lastIndexOf('\n', lineStart - 1) + 1;
        String prev = lines.substring(prevStart, lineStart).strip();
        boolean plausible = prev.length() >= 3 && prev.length() <= 60 && LETTER.matcher(prev).find()
                && !prev.contains(":") && !prev.endsWith(".") && !prev.contains("|");
        return plausible ? prev : null;
    }

    @Nullable
    private static String phoneAfter(List<PhoneFinder.Found> phones, int end) {
        for (PhoneFinder.Found f : phones) {
            if (f.start() >= end && f.start() - end <= PHONE_WINDOW) {
                return f.e164();
            }
        }
        return null;
    }

    /** A US state code with a 5-digit ZIP is a US address even when the country is left out. */
    @Nullable
    private static String usByStateAndZip(@Nullable String region, @Nullable String zip) {
        boolean state = region != null && US_STATE.matcher(region.strip()).matches();
        boolean usZip = zip != null && US_ZIP.matcher(zip.strip()).matches();
        return state && usZip ? "US" : null;
    }

    @Nullable
    private static Double number(@Nullable String s) {
        if (s == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(s.strip());
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Identity of a location: its street number and ZIP, or failing those its street and city. */
    static String key(PracticeLocation l) {
        String zip = l.postalCode() == null ? "" : l.postalCode().strip();
        zip = zip.length() >= 5 ? zip.substring(0, 5) : zip;
        String street = l.street() == null ? "" : l.street().toLowerCase(Locale.ROOT);
        Matcher number = DIGITS.matcher(street);
        String streetNumber = number.find() ? number.group() : street.replaceAll("[^a-z0-9]", "");
        String city = l.city() == null ? "" : l.city().toLowerCase(Locale.ROOT).strip();
        return streetNumber + "|" + (zip.isEmpty() ? city : zip);
    }

    /** {@code a} with its missing parts taken from {@code b}. */
    static PracticeLocation fillGaps(PracticeLocation a, PracticeLocation b) {
        return new PracticeLocation(first(a.name(), b.name()), first(a.street(), b.street()), first(a.city(), b.city()),
                first(a.region(), b.region()), first(a.postalCode(), b.postalCode()), first(a.country(), b.country()),
                first(a.phoneE164(), b.phoneE164()), first(a.latitude(), b.latitude()),
                first(a.longitude(), b.longitude()), first(a.openingHours(), b.openingHours()));
    }

    @Nullable
    static <T> T first(@Nullable T a, @Nullable T b) {
        return a != null && !(a instanceof String s && s.isBlank()) ? a : b;
    }
}
