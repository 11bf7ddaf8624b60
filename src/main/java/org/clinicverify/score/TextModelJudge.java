package org.clinicverify.score;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;

/**
 * Joins the text model's opinion to the verdict of the rules. Measured by leaving one tuning batch out
 * at a time against the rules as they were before each batch was tuned on (score/README.md): on pages
 * by authors the rules were not tuned on, the model's seller probability separates sellers from the
 * rest better than the rules' flags and it reads the category better; the rules keep the evidence, the
 * protections and the word on what the page is about.
 *
 * <ul>
 *   <li>Doubtful contexts (compounding pharmacy, wholesaler: {@code needs-review}) stay as the rules
 *       decide: never flagged; only their category may change, as on a protected page (below).</li>
 *   <li>{@code text-model-doubt}: a page the rules flag is not flagged when the seller probability is
 *       below {@code seller-doubt} and the model read at least {@code doubt-min-features} of its
 *       features (a few lines give it no ground to overrule the rules); it takes the model's most
 *       likely other category. Not on a bot check in front of the site ({@code interstitial}): the
 *       words there are the challenge's, the same on every site, and only the address speaks. Nor on
 *       a sales post with a decisive flag (a shop's doorway article or affiliate ranking, a sponsored
 *       blog post, the company's own press release, an article that takes orders through its own named
 *       contact or promises approval in minutes: it is written to read as an article). Nor when
 *       two decisive flags, or a flag of the drug trade itself (stealth shipping, research chemical),
 *       fired and the model reads a care provider: a "wellness centre" selling the drug without a
 *       prescription for crypto reads like one, a real clinic or telehealth service does not show two
 *       decisive flags nor promise a free reshipment if customs seizes the parcel (news quoting such
 *       offers may).</li>
 *   <li>{@code text-model-seller}: a page the rules do not flag is flagged when the seller probability
 *       reaches {@code seller-backs}, at least one rule red flag fired on it, and the page names the
 *       drug or shows a red flag of the drug trade itself (as the rules require of red flags). Never on
 *       words alone, never an established provider. On a page an informational context protects only
 *       when two decisive red flags fired and the probability reaches {@code seller-over-framing}: a
 *       shop's sales block inside a long "guide", a vendor's reply in a forum thread or its own press
 *       release reads as the shop, while news and warnings that quote such offers read as reporting.</li>
 *   <li>{@code text-model-category}: otherwise the model's most likely category other than seller
 *       replaces the rules' when its probability reaches {@code category}; a page an informational
 *       context protects (or a doubtful one routes to review) is made a clinic or telehealth provider
 *       only when the rules saw care context on it too, no news context (or the identity of an
 *       established provider), and the model's probability reaches {@code care-over-context}: a
 *       provider's refund policy or pharmacy-partner page, not a news story quoting a clinic.</li>
 * </ul>
 */
final class TextModelJudge {

    static final String SELLER_ID = "text-model-seller";
    static final String DOUBT_ID = Verdict.MODEL_DOUBT;
    static final String CATEGORY_ID = "text-model-category";
    private static final int REASONS = 6;

    /** Which step of the rules decided the category. */
    enum Branch { REVIEW, PROTECTED, SELLER, CARE, UNDECIDED }

    /**
     * What the rules decided and on what.
     *
     * @param ownRed      red flags that counted, apart from "no address, no clinician" (which fires everywhere)
     * @param anyRed      red flags that fired, apart from "no address, no clinician", whether the page names the
     *                    drug or not (URL words not counted where the rules ignore them)
     * @param trade       a red flag of the drug trade itself fired that lawful shops do not show (stealth shipping,
     *                    research chemical; not "no prescription", which over-the-counter goods carry too)
     * @param decisive    decisive red flags that counted
     * @param infoContext any informational context fired
     * @param news        the news context fired (reporting: a story that quotes a clinic is not the clinic)
     * @param careContext any remote, in-person or care context fired
     * @param green       green points (trust score)
     * @param red         red points that counted (trust score)
     * @param interstitial the page is a bot check or security challenge, not the site's own page
     * @param salesPost   a post the rules read as a sale itself: a vendor's listing on a forum, a blog post with
     *                    affiliate links to the drug, the company's own press release, with no framing sellers do
     *                    not copy; or an affiliate ranking whose pick shows two decisive flags; or a page that
     *                    takes orders through its own named contact (messenger handle, phone, order e-mail) or
     *                    promises approval without a clinician in its own voice
     */
    record Rules(Category category, boolean flagged, Branch branch, boolean drug, int ownRed, int anyRed, boolean trade, int decisive,
                 boolean established, boolean infoContext, boolean news, boolean careContext, int green, int red,
                 boolean interstitial, boolean salesPost) {
    }

    record Outcome(Category category, boolean flagged, @Nullable Signal signal) {
    }

    private TextModelJudge() {
    }

    static Outcome judge(Rules r, TextModel.Opinion o, TextModelSettings s, String url) {
        Category other = bestExcept(o, Category.SELLER);
        if (r.branch() == Branch.REVIEW) {
            return providerOutweighed(r, o, other, s) ? category(r, o, other, s, url) : new Outcome(r.category(), r.flagged(), null);
        }
        double seller = o.probability(Category.SELLER);
        if (r.flagged()) {
            if (seller >= s.sellerDoubt() || o.present().length < s.doubtMinFeatures() || beyondDoubt(r, other)) {
                return new Outcome(r.category(), true, null);
            }
            return new Outcome(other, false, signal(DOUBT_ID, 0,
                    "The page's words do not read as a seller's (learned text model): its red flags are not enough.", o, other, s, url));
        }
        boolean protectedPage = r.branch() == Branch.PROTECTED;
        if (seller >= sellerNeeded(r, s) && r.anyRed() >= 1 && (r.drug() || r.trade()) && !r.established()) {
            return new Outcome(Category.SELLER, true, signal(SELLER_ID, s.weight(),
                    "The page's words read as a seller's (learned text model), backing its red flags.", o, Category.SELLER, s, url));
        }
        boolean care = other == Category.CLINIC || other == Category.TELEHEALTH;
        if (other != r.category() && o.probability(other) >= s.category()
                && (!(protectedPage && care) || providerOutweighed(r, o, other, s))) {
            return category(r, o, other, s, url);
        }
        return new Outcome(r.category(), false, null);
    }

    /**
     * The seller probability at which the model flags a page the rules do not: {@code seller-backs}, or on a
     * page an informational context protects {@code seller-over-framing}, and only beside two decisive red flags.
     */
    private static double sellerNeeded(Rules r, TextModelSettings s) {
        if (r.branch() != Branch.PROTECTED) {
            return s.sellerBacks();
        }
        return r.decisive() >= 2 ? s.sellerOverFraming() : Double.POSITIVE_INFINITY;
    }

    /** A flag the model's reading may not withdraw (see the class comment): {@code other} is the model's best non-seller category. */
    private static boolean beyondDoubt(Rules r, Category other) {
        boolean providerRead = other != Category.INFORMATIONAL;
        return r.interstitial()
                || r.salesPost() && r.decisive() >= 1
                || (r.decisive() >= 2 || r.trade()) && providerRead;
    }

    private static Outcome category(Rules r, TextModel.Opinion o, Category other, TextModelSettings s, String url) {
        return new Outcome(other, false, signal(CATEGORY_ID, 0,
                "The page's words read as " + other.id() + " (learned text model), not " + r.category().id() + ".", o, other, s, url));
    }

    /**
     * A provider's own page that the rules made informational because an informational or doubtful
     * context outweighed the care they saw on it: the model names the provider when it is sure, unless
     * the page reads as news (reporting that quotes a clinic, "we offer infusions", is not the clinic) and
     * does not show the identity of an established provider (named prescribers, NPI, street address: a
     * clinic's scam warning that quotes the press is still the clinic's page).
     */
    private static boolean providerOutweighed(Rules r, TextModel.Opinion o, Category other, TextModelSettings s) {
        return !r.flagged() && r.careContext() && (!r.news() || r.established()) && r.category() == Category.INFORMATIONAL
                && (other == Category.CLINIC || other == Category.TELEHEALTH) && o.probability(other) >= s.careOverContext();
    }

    private static Category bestExcept(TextModel.Opinion o, Category excluded) {
        Category best = null;
        for (Category c : Category.values()) {
            if (c != excluded && (best == null || o.probability(c) > o.probability(best))) {
                best = c;
            }
        }
        return best;
    }

    /**
     * The signal, its evidence quoting the words of the page (and the rules) that speak most for
     * {@code category}; numbers, which the model reads as 0s, are left out of the quote.
     */
    private static Signal signal(String id, int weight, String explanation, TextModel.Opinion o, Category category,
                                 TextModelSettings s, String url) {
        List<String> reasons = s.model().reasons(o.present(), category, 4 * REASONS);
        String words = reasons.stream().filter(f -> f.chars().skip(2).anyMatch(Character::isLetter)).limit(REASONS)
                .map(f -> "\"" + TextFeatures.display(f) + "\"").collect(Collectors.joining(", "));
        String snippet = String.format(Locale.ROOT, "%s %.2f (%s); words: %s", category.id(), o.probability(category),
                s.model().version(), words.isEmpty() ? "none" : words);
        return new Signal(id, weight, explanation, List.of(new Evidence(Snippets.clip(snippet), url)));
    }
}
