package org.clinicverify.score;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;

/**
 * Joins the text model's opinion to the verdict of the rules. Measured by leaving one tuning batch out
 * at a time against the rules as they were before each batch was tuned on (score/README.md): on pages
 * by authors the rules were not tuned on, the model reads the category better than the rules and its
 * seller probability separates sellers from the rest better than the rules' flags; the rules keep the
 * evidence and the doubtful contexts.
 *
 * <ul>
 *   <li>Doubtful contexts (compounding pharmacy, wholesaler: {@code needs-review}) stay as the rules
 *       decide: never flagged.</li>
 *   <li>{@code text-model-doubt}: a page the rules flag is not flagged when the seller probability is
 *       below {@code seller-doubt}; it takes the model's most likely other category.</li>
 *   <li>{@code text-model-seller}: a page the rules do not flag is flagged when the seller probability
 *       reaches {@code seller-backs} and at least one rule red flag fired on it (the model never flags
 *       on words alone, nor an established provider).</li>
 *   <li>{@code text-model-category}: otherwise the model's most likely category other than seller
 *       replaces the rules' when its probability reaches {@code category}.</li>
 * </ul>
 */
final class TextModelJudge {

    static final String SELLER_ID = "text-model-seller";
    static final String DOUBT_ID = "text-model-doubt";
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
     * @param decisive    decisive red flags that counted
     * @param infoContext any informational context fired
     * @param careContext any remote, in-person or care context fired
     * @param green       green points (trust score)
     * @param red         red points that counted (trust score)
     */
    record Rules(Category category, boolean flagged, Branch branch, boolean drug, int ownRed, int anyRed, int decisive,
                 boolean established, boolean infoContext, boolean careContext, int green, int red) {
    }

    record Outcome(Category category, boolean flagged, @Nullable Signal signal) {
    }

    private TextModelJudge() {
    }

    static Outcome judge(Rules r, TextModel.Opinion o, TextModelSettings s, String url) {
        if (r.branch() == Branch.REVIEW) {
            return new Outcome(r.category(), r.flagged(), null);
        }
        double seller = o.probability(Category.SELLER);
        Category other = bestExcept(o, Category.SELLER);
        if (r.flagged()) {
            if (seller >= s.sellerDoubt()) {
                return new Outcome(r.category(), true, null);
            }
            return new Outcome(other, false, signal(DOUBT_ID, 0,
                    "The page's words do not read as a seller's (learned text model): its red flags are not enough.", o, other, s, url));
        }
        if (seller >= s.sellerBacks() && r.anyRed() >= 1 && !r.established()) {
            return new Outcome(Category.SELLER, true, signal(SELLER_ID, s.weight(),
                    "The page's words read as a seller's (learned text model), backing its red flags.", o, Category.SELLER, s, url));
        }
        if (other != r.category() && o.probability(other) >= s.category()) {
            return new Outcome(other, false, signal(CATEGORY_ID, 0,
                    "The page's words read as " + other.id() + " (learned text model), not " + r.category().id() + ".", o, other, s, url));
        }
        return new Outcome(r.category(), false, null);
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

    /** The signal, its evidence quoting the words of the page that speak most for {@code category}. */
    private static Signal signal(String id, int weight, String explanation, TextModel.Opinion o, Category category,
                                 TextModelSettings s, String url) {
        List<String> reasons = s.model().reasons(o.present(), category, REASONS);
        String words = reasons.stream().map(f -> "\"" + TextFeatures.display(f) + "\"").collect(Collectors.joining(", "));
        String snippet = String.format(Locale.ROOT, "%s %.2f (%s); words: %s", category.id(), o.probability(category),
                s.model().version(), words.isEmpty() ? "none" : words);
        return new Signal(id, weight, explanation, List.of(new Evidence(Snippets.clip(snippet), url)));
    }
}
