package org.clinicverify.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

/**
 * Merges the extracted pages of one site into a {@link SiteProfile}:
 * <ul>
 *   <li>duplicate pages (same canonical URL, or the same visible text under two URLs) count once;</li>
 *   <li>the site name is the organisation named in structured data (a location's
 *       {@code parentOrganization} first, the home page first), else the title segment most pages
 *       share ("Austin | ClearPath Ketamine Centers"), else the home page title;</li>
 *   <li>practice locations are de-duplicated by street number and ZIP (the same address in the
 *       footer of every page is one location; three clinics in three cities are three); their
 *       missing parts are filled from the other sightings, a missing name from the site name and a
 *       missing phone from the site's main phone (the most frequent one);</li>
 *   <li>clinicians are merged by name; treatments, conditions, insurance and payment are unions;
 *       shop features are merged (products de-duplicated, any cart or checkout counts).</li>
 * </ul>
 */
@Singleton
public class SiteAssembler {

    static final int MAX_CLAIMS = 50;
    static final int MAX_PRODUCTS = 500;
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s+[|–—·:\\-]\\s+|\\s*\\|\\s*");
    private static final Set<String> ORGANISATION_TYPES = Set.of("MedicalClinic", "MedicalBusiness",
            "MedicalOrganization", "Organization", "LocalBusiness", "Physician", "Hospital", "Pharmacy", "WebSite",
            "NGO", "Store", "OnlineStore", "ProfessionalService", "NewsMediaOrganization", "ResearchOrganization",
            "GovernmentOrganization", "CollegeOrUniversity", "LegalService", "HealthAndBeautyBusiness");

    public SiteProfile assemble(String host, List<ExtractedPage> pages) {
        List<ExtractedPage> distinct = distinctPages(pages == null ? List.of() : pages);
        String name = siteName(distinct);
        List<String> phones = phonesByFrequency(distinct);
        String mainPhone = phones.isEmpty() ? null : phones.get(0);

        Set<Treatment> treatments = EnumSet.noneOf(Treatment.class);
        Set<String> conditions = new TreeSet<>();
        Set<String> insurance = new TreeSet<>();
        Set<String> languages = new TreeSet<>();
        for (ExtractedPage p : distinct) {
            treatments.addAll(p.treatments());
            conditions.addAll(p.conditions());
            insurance.addAll(p.insurance());
            if (!LanguageGuesser.UNDETERMINED.equals(p.language())) {
                languages.add(p.language());
            }
        }
        ShopFeatures shop = mergeShops(distinct);
        return new SiteProfile(host, name, locations(distinct, name, mainPhone), clinicians(distinct),
                Collections.unmodifiableSet(treatments), Collections.unmodifiableSet(conditions), Collections.unmodifiableSet(insurance), shop.paymentMethods(), phones,
                shop, distinct.size(), Collections.unmodifiableSet(languages));
    }

    /** Pages minus duplicates: the first page of each canonical URL, and of each identical text. */
    static List<ExtractedPage> distinctPages(List<ExtractedPage> pages) {
        Set<String> seenUrls = new HashSet<>();
        Set<String> seenTexts = new HashSet<>();
        List<ExtractedPage> out = new ArrayList<>();
        for (ExtractedPage p : pages) {
            if (p == null) {
                continue;
            }
            URI identity = p.canonicalUrl() != null ? p.canonicalUrl() : p.url();
            String urlKey = identity == null ? "" : identity.toString().replaceFirst("/(index\\.html?)?$", "/");
            String textKey = p.text().length() >= 200 ? p.title() + "\n" + p.text() : null;
            if (!urlKey.isEmpty() && !seenUrls.add(urlKey)) {
                continue;
            }
            if (textKey != null && !seenTexts.add(textKey)) {
                continue;
            }
            out.add(p);
        }
        return out;
    }

    // ---- name

    @Nullable
    static String siteName(List<ExtractedPage> pages) {
        List<ExtractedPage> homeFirst = new ArrayList<>(pages);
        homeFirst.sort(Comparator.comparing(p -> !isHome(p)));
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (ExtractedPage p : homeFirst) {
            int weight = isHome(p) ? 3 : 1;
            for (StructuredItem item : p.structuredItems()) {
                if (!ORGANISATION_TYPES.contains(item.type())) {
                    continue;
                }
                String candidate = first(item.properties().get("parentOrganization.name"), item.properties().get("name"));
                if (candidate != null && candidate.length() <= 120) {
                    votes.merge(candidate.strip(), weight, Integer::sum);
                }
            }
        }
        if (!votes.isEmpty()) {
            return votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
        Map<String, Integer> segments = new LinkedHashMap<>();
        for (ExtractedPage p : pages) {
            Set<String> once = new LinkedHashSet<>();
            for (String segment : TITLE_SEPARATORS.split(p.title())) {
                if (segment.strip().length() >= 3) {
                    once.add(segment.strip());
                }
            }
            once.forEach(s -> segments.merge(s, 1, Integer::sum));
        }
        var shared = segments.entrySet().stream().filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(e -> -e.getKey().length()));
        if (shared.isPresent()) {
            return shared.get().getKey();
        }
        return homeFirst.stream().map(ExtractedPage::title).filter(t -> !t.isBlank()).findFirst()
                .map(t -> TITLE_SEPARATORS.split(t)[0].strip()).orElse(null);
    }

    private static boolean isHome(ExtractedPage p) {
        String path = p.url() == null || p.url().getPath() == null ? "" : p.url().getPath();
        return path.isEmpty() || path.equals("/") || path.equalsIgnoreCase("/index.html") || path.equalsIgnoreCase("/index.htm");
    }

    @Nullable
    private static String first(@Nullable String a, @Nullable String b) {
        return a != null && !a.isBlank() ? a : (b != null && !b.isBlank() ? b : null);
    }

    // ---- locations, phones, clinicians

    static List<PracticeLocation> locations(List<ExtractedPage> pages, @Nullable String siteName, @Nullable String mainPhone) {
        List<PracticeLocation> all = new ArrayList<>();
        pages.forEach(p -> all.addAll(p.locations()));
        all.sort(Comparator.comparingInt((PracticeLocation l) -> completeness(l, siteName)).reversed());
        Map<String, PracticeLocation> byAddress = new LinkedHashMap<>();
        for (PracticeLocation l : all) {
            if (l.street() == null && l.postalCode() == null && l.city() == null) {
                continue;
            }
            byAddress.merge(LocationFinder.key(l), l, LocationFinder::fillGaps);
        }
        List<PracticeLocation> out = new ArrayList<>();
        for (PracticeLocation l : byAddress.values()) {
            out.add(new PracticeLocation(l.name() == null ? siteName : l.name(), l.street(), l.city(), l.region(),
                    l.postalCode(), l.country(), l.phoneE164() == null ? mainPhone : l.phoneE164(), l.latitude(),
                    l.longitude(), l.openingHours()));
        }
        return List.copyOf(out);
    }

    /** Filled fields, plus one for a name that carries the site name ("ClearPath - Dallas" beats "Dallas"). */
    private static int completeness(PracticeLocation l, @Nullable String siteName) {
        int n = siteName != null && l.name() != null && l.name().contains(siteName) ? 1 : 0;
        for (Object o : new Object[] {l.name(), l.street(), l.city(), l.region(), l.postalCode(), l.country(),
                l.phoneE164(), l.latitude(), l.longitude(), l.openingHours()}) {
            n += o == null ? 0 : 1;
        }
        return n;
    }

    /** Phones by the number of pages they appear on, most frequent first (ties: first seen). */
    static List<String> phonesByFrequency(List<ExtractedPage> pages) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (ExtractedPage p : pages) {
            new LinkedHashSet<>(p.phones()).forEach(phone -> count.merge(phone, isHome(p) ? 2 : 1, Integer::sum));
        }
        List<String> out = new ArrayList<>(count.keySet());
        out.sort(Comparator.comparingInt((String phone) -> count.get(phone)).reversed());
        return List.copyOf(out);
    }

    static List<Clinician> clinicians(List<ExtractedPage> pages) {
        Map<String, Clinician> out = new LinkedHashMap<>();
        for (ExtractedPage p : pages) {
            for (Clinician c : p.clinicians()) {
                out.merge(ClinicianFinder.nameKey(c.name()), c, ClinicianFinder::merge);
            }
        }
        return List.copyOf(out.values());
    }

    // ---- shop

    static ShopFeatures mergeShops(List<ExtractedPage> pages) {
        Map<String, Product> products = new LinkedHashMap<>();
        boolean cart = false;
        boolean checkout = false;
        Set<String> payment = new TreeSet<>();
        Map<String, String> contacts = new LinkedHashMap<>();
        Set<String> claims = new LinkedHashSet<>();
        for (ExtractedPage p : pages) {
            ShopFeatures s = p.shop();
            for (Product product : s.products()) {
                if (products.size() < MAX_PRODUCTS) {
                    products.putIfAbsent(Keywords.fold(product.name()) + "|" + product.price() + "|" + product.unit(), product);
                }
            }
            cart |= s.hasCart();
            checkout |= s.hasCheckout();
            payment.addAll(s.paymentMethods());
            s.messagingContacts().forEach(c -> contacts.putIfAbsent(c.toLowerCase(Locale.ROOT).replaceAll("[\\s()\\-.]", ""), c));
            for (String claim : s.shippingClaims()) {
                if (claims.size() < MAX_CLAIMS) {
                    claims.add(claim);
                }
            }
        }
        return new ShopFeatures(List.copyOf(products.values()), cart, checkout, Collections.unmodifiableSet(payment),
                List.copyOf(contacts.values()), List.copyOf(claims));
    }
}
