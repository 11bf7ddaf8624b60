package org.clinicverify.extract;

import java.net.URI;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.clinicverify.crawl.FetchedPage;
import org.clinicverify.crawl.PageDecoder;
import org.jsoup.nodes.Document;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a fetched page into an {@link ExtractedPage}. The page is parsed once with Jsoup; every
 * finder then works on that document, its schema.org items or its visible text (one block per
 * line). Keyword tables live in {@code extract/vocabulary.yml}.
 *
 * <p>Tolerance is the contract: malformed HTML, invalid JSON-LD, missing fields, odd encodings, empty
 * or binary bodies give a partial page (empty collections, "" and nulls), never an exception. Regex
 * finders see at most {@link #MAX_SCAN_CHARS} characters of text, so a huge page costs little more
 * than its parse.
 *
 * <p>{@link Scope#SCORING} extracts only what the scorer reads (for a page assessed on its own,
 * where nothing else is kept): see {@link Scope}.
 */
@Singleton
public class Extractor {

    /** Characters of visible text that the regex-based finders look at. */
    public static final int MAX_SCAN_CHARS = 200_000;

    /** Parsed once: parsing a selector costs about as much as running it on a small page. */
    static final Evaluator TEL_LINKS = QueryParser.parse("a[href^=tel:]");

    private static final Logger LOG = LoggerFactory.getLogger(Extractor.class);

    private final Vocabulary vocabulary;
    private final PageDecoder decoder = new PageDecoder();
    private final LinkReader linkReader = new LinkReader();
    private final JsonLdReader jsonLd = new JsonLdReader();
    private final MicrodataReader microdata = new MicrodataReader();
    private final PhoneFinder phones = new PhoneFinder();
    private final LanguageGuesser language;
    private final LocationFinder locations;
    private final ClinicianFinder clinicians;
    private final ShopFinder shop;

    @Inject
    public Extractor() {
        this(Vocabulary.bundled());
    }

    Extractor(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.language = new LanguageGuesser(vocabulary);
        this.locations = new LocationFinder(phones);
        this.clinicians = new ClinicianFinder(vocabulary);
        this.shop = new ShopFinder(vocabulary);
    }

    /** What to extract. */
    public enum Scope {
        /** Everything: the crawler stores, indexes and follows what it finds. */
        FULL,
        /**
         * Only the fields the scorer reads (url, title, text, structured items, locations, clinicians,
         * phones, and of the shop features cart and checkout), each exactly as {@link #FULL} gives it;
         * the others stay empty: canonical URL, links, robots flags, language ("und"), treatments,
         * conditions, insurance, products, payment methods, messaging contacts, shipping claims. Saves
         * link resolution and the phrase searches behind those fields when a verdict is all we want.
         */
        SCORING
    }

    public ExtractedPage extract(FetchedPage page) {
        return extract(page, Scope.FULL);
    }

    public ExtractedPage extract(FetchedPage page, Scope scope) {
        return extract(page, decoder::decode, scope);
    }

    /**
     * As {@link #extract(FetchedPage)}, from the page's document as {@link PageDecoder#decode} gave it
     * (the crawler parses each page once and hands the document on); the document is only read.
     */
    public ExtractedPage extract(FetchedPage page, Document parsed) {
        return extract(page, p -> parsed, Scope.FULL);
    }

    /**
     * A page handed in as a string (assess), extracted exactly as its UTF-8 bytes would be by
     * {@link #extract(FetchedPage, Scope)}, but parsed from the string: encoding it to bytes and
     * decoding them again cost a tenth of a parse. Strings the round trip would change (a leading
     * byte-order mark, lone surrogates) still take the byte path.
     */
    public ExtractedPage extractHtml(URI url, String html, Scope scope) {
        if (!PageDecoder.parsesAsItsUtf8(html)) {
            return extract(FetchedPage.ofHtml(url, html, Instant.EPOCH), scope);
        }
        FetchedPage page = new FetchedPage(url, url, 200, "text/html; charset=UTF-8", Map.of(), new byte[0], Instant.EPOCH);
        return extract(page, p -> decoder.parse(html, p), scope);
    }

    private ExtractedPage extract(FetchedPage page, Function<FetchedPage, Document> parser, Scope scope) {
        try {
            Document doc = parser.apply(page);
            return scope == Scope.FULL ? extractFrom(page, doc) : forScoring(page, doc);
        } catch (RuntimeException | StackOverflowError e) {
            // The contract is "never throws": a page we cannot read is an empty page, logged once here.
            LOG.warn("extraction failed for {}: {}", page.finalUrl(), e.toString());
            return empty(page.finalUrl());
        }
    }

    private ExtractedPage extractFrom(FetchedPage page, Document doc) {
        PageElements elements = PageElements.of(doc);
        List<SchemaNode> items = structuredItems(elements);
        List<URI> links = linkReader.links(doc);
        URI canonical = linkReader.canonical(doc).orElse(null);
        LinkReader.Robots robots = linkReader.robots(doc, page.headers());
        String title = doc.title() == null ? "" : doc.title().strip();

        String lines = VisibleText.lines(doc.body() == null ? doc : doc.body());
        String scan = lines.length() > MAX_SCAN_CHARS ? lines.substring(0, MAX_SCAN_CHARS) : lines;
        String folded = Keywords.fold(scan);
        String foldedTitle = Keywords.fold(title);
        Sentences sentences = new Sentences(scan, folded);
        List<PhoneFinder.Found> phonesInText = phones.find(scan);
        List<PracticeLocation> found = locations.find(items, scan, phonesInText);
        List<StructuredItem> flatItems = SchemaNode.flattenAll(items, 500);

        return new ExtractedPage(
                page.finalUrl(),
                canonical,
                language.guess(doc, scan),
                title,
                VisibleText.flat(lines),
                PageMetadata.of(elements.metaAndImages, flatItems),
                links,
                robots.noindex(),
                robots.nofollow(),
                flatItems,
                found,
                clinicians.find(items, scan),
                treatments(sentences, foldedTitle, items),
                conditions(sentences, foldedTitle),
                insurance(sentences),
                allPhones(elements, items, found, phonesInText),
                shop.find(doc, elements, items, scan, sentences));
    }

    /** The fields of {@link Scope#SCORING}, computed as in {@link #extractFrom}. */
    private ExtractedPage forScoring(FetchedPage page, Document doc) {
        PageElements elements = PageElements.of(doc);
        List<SchemaNode> items = structuredItems(elements);
        String title = doc.title() == null ? "" : doc.title().strip();
        String lines = VisibleText.lines(doc.body() == null ? doc : doc.body());
        String scan = lines.length() > MAX_SCAN_CHARS ? lines.substring(0, MAX_SCAN_CHARS) : lines;
        List<PhoneFinder.Found> phonesInText = phones.find(scan);
        List<PracticeLocation> found = locations.find(items, scan, phonesInText);
        List<StructuredItem> flatItems = SchemaNode.flattenAll(items, 500);
        return new ExtractedPage(page.finalUrl(), null, LanguageGuesser.UNDETERMINED, title, VisibleText.flat(lines),
                PageMetadata.of(elements.metaAndImages, flatItems), List.of(), false, false, flatItems, found,
                clinicians.find(items, scan),
                Set.of(), Set.of(), Set.of(), allPhones(elements, items, found, phonesInText), shop.cartAndCheckout(elements));
    }

    private List<SchemaNode> structuredItems(PageElements elements) {
        List<SchemaNode> items = new java.util.ArrayList<>(jsonLd.read(elements.typedScripts));
        items.addAll(microdata.read(elements.itemScopes));
        return items;
    }

    /** Phones of the locations, of the text, of structured items and of tel: links, each once. */
    private List<String> allPhones(PageElements elements, List<SchemaNode> items, List<PracticeLocation> found,
                                   List<PhoneFinder.Found> phonesInText) {
        Set<String> phoneSet = new LinkedHashSet<>();
        found.stream().map(PracticeLocation::phoneE164).filter(p -> p != null).forEach(phoneSet::add);
        phoneSet.addAll(phones.distinct(phonesInText));
        for (SchemaNode root : items) {
            for (SchemaNode n : root.selfAndDescendants()) {
                n.texts("telephone").forEach(t -> phones.toE164(t).ifPresent(phoneSet::add));
            }
        }
        for (var a : elements.telLinks) {
            phones.toE164(a.attr("href")).ifPresent(phoneSet::add);
        }
        return List.copyOf(phoneSet);
    }

    /** Treatments named in a sentence that does not say they are not offered, in the title or in structured services. */
    private Set<Treatment> treatments(Sentences sentences, String foldedTitle, List<SchemaNode> items) {
        StringBuilder structured = new StringBuilder(foldedTitle);
        for (SchemaNode root : items) {
            for (SchemaNode n : root.selfAndDescendants()) {
                n.texts("availableService").forEach(s -> structured.append('\n').append(Keywords.fold(s)));
            }
        }
        String declared = structured.toString();
        Set<Treatment> out = EnumSet.noneOf(Treatment.class);
        vocabulary.treatments.forEach((treatment, phrases) -> {
            if (Keywords.containsAny(declared, phrases) || sentences.anyUnvetoed(phrases, vocabulary.treatmentNegations)) {
                out.add(treatment);
            }
        });
        return Collections.unmodifiableSet(out);
    }

    /** Conditions named in the title or in a sentence that is not about contraindications or screening. */
    private Set<String> conditions(Sentences sentences, String foldedTitle) {
        Set<String> out = new TreeSet<>();
        vocabulary.conditions.forEach((id, phrases) -> {
            if (Keywords.containsAny(foldedTitle, phrases) || sentences.anyUnvetoed(phrases, vocabulary.conditionNegations)) {
                out.add(id);
            }
        });
        return Collections.unmodifiableSet(out);
    }

    /** Insurers named in a sentence that does not say they are not accepted. */
    private Set<String> insurance(Sentences sentences) {
        Set<String> out = new TreeSet<>();
        vocabulary.insurance.forEach((name, phrases) -> {
            if (sentences.anyUnvetoed(phrases, vocabulary.insuranceNegations)) {
                out.add(name);
            }
        });
        return Collections.unmodifiableSet(out);
    }

    static ExtractedPage empty(URI url) {
        return new ExtractedPage(url, null, LanguageGuesser.UNDETERMINED, "", "", "", List.of(), false, false, List.of(),
                List.of(), List.of(), Set.of(), Set.of(), Set.of(), List.of(), ShopFeatures.NONE);
    }
}
