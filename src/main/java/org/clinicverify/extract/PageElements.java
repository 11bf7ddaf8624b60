package org.clinicverify.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;

/**
 * The elements the extractor looks up by CSS selector (JSON-LD scripts, microdata items, tel: links,
 * cart and checkout controls, card-number inputs), gathered in one walk of the document: a walk per
 * selector cost about as much as the finders' own work on the few elements found. Each list holds
 * exactly what {@code doc.select} of the owner's selector gives, in document order; the selectors
 * stay with the classes that read the elements.
 */
final class PageElements {

    final List<Element> typedScripts = new ArrayList<>();
    final List<Element> itemScopes = new ArrayList<>();
    final List<Element> telLinks = new ArrayList<>();
    final List<Element> controls = new ArrayList<>();
    /** Meta tags and images: what {@link PageMetadata} reads. */
    final List<Element> metaAndImages = new ArrayList<>();
    boolean cardInput;

    private PageElements() {
    }

    static PageElements of(Document doc) {
        PageElements found = new PageElements();
        Predicate<Element> script = JsonLdReader.SCRIPTS_WITH_TYPE.asPredicate(doc);
        Predicate<Element> scope = MicrodataReader.ITEM_SCOPES.asPredicate(doc);
        Predicate<Element> tel = Extractor.TEL_LINKS.asPredicate(doc);
        Predicate<Element> control = ShopFinder.CONTROLS.asPredicate(doc);
        Predicate<Element> card = ShopFinder.CARD_INPUTS.asPredicate(doc);
        // A selector is asked only about elements it could match: those of its tag, or any with an
        // attribute when it needs one. Asking all five about every element cost a third of a parse.
        doc.stream().forEach(e -> {
            String name = e.normalName();
            boolean attributes = e.attributesSize() > 0;
            switch (name) {
                case "script" -> add(found.typedScripts, script, e);
                case "a" -> add(found.telLinks, tel, e);
                case "input" -> found.cardInput |= !found.cardInput && card.test(e);
                default -> { }
            }
            if (attributes) {
                add(found.itemScopes, scope, e);
            }
            if (attributes || name.equals("a") || name.equals("button")) { // a bare a or button is a control
                add(found.controls, control, e);
            }
            if (PageMetadata.describes(e)) {
                found.metaAndImages.add(e);
            }
        });
        return found;
    }

    private static void add(List<Element> list, Predicate<Element> matches, Element e) {
        if (matches.test(e)) {
            list.add(e);
        }
    }
}
