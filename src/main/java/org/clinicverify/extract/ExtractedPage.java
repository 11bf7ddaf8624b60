package org.clinicverify.extract;

import java.net.URI;
import java.util.List;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;

/**
 * What the extractor found on one page. Everything is optional in practice: a malformed or thin
 * page yields empty collections and nulls, never an exception.
 *
 * @param url             the page's final URL
 * @param canonicalUrl    its rel=canonical target, if any
 * @param language        ISO 639-1 guess ("en", "es", ...) or "und"
 * @param title           the document title, or ""
 * @param text            visible text, whitespace-normalised (scripts, styles and hidden text removed)
 * @param metadata        what the page says of itself outside its visible text, one item per line: its
 *                        meta description and keywords, Open Graph / Twitter title and description, image
 *                        alt texts, and the names and descriptions of its structured data (a shop often
 *                        names its product only there)
 * @param links           absolute http(s) outlinks the page allows us to follow (no rel=nofollow)
 * @param robotsNoindex   the page asks not to be indexed (robots meta)
 * @param robotsNofollow  the page asks not to follow its links (robots meta)
 * @param structuredItems schema.org items from JSON-LD and microdata
 * @param locations       practice locations (address, phone, geo) found on the page
 * @param clinicians      named clinicians with credentials and NPI numbers
 * @param treatments      treatments offered
 * @param conditions      conditions treated, as canonical ids (see {@link Conditions})
 * @param insurance       insurers named as accepted
 * @param phones          phone numbers in E.164 form
 * @param shop            shop features (products, cart, payment, messaging, shipping)
 */
public record ExtractedPage(URI url,
                            @Nullable URI canonicalUrl,
                            String language,
                            String title,
                            String text,
                            String metadata,
                            List<URI> links,
                            boolean robotsNoindex,
                            boolean robotsNofollow,
                            List<StructuredItem> structuredItems,
                            List<PracticeLocation> locations,
                            List<Clinician> clinicians,
                            Set<Treatment> treatments,
                            Set<String> conditions,
                            Set<String> insurance,
                            List<String> phones,
                            ShopFeatures shop) {
}
