package org.clinicverify.score;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;

/**
 * The scoring rules, as loaded and validated from the rules file (see {@code score/rules.yml} for
 * the format). Immutable; {@link RuleBookLoader} builds it.
 *
 * @param version         the rules version, reported as {@link Verdict#scorerVersion()}
 * @param thresholds      decision thresholds
 * @param warningWords    words that, in the same sentence, cancel a negatable red match
 * @param warningLists    clauses announcing a list of warning signs, whose warning reaches the sentences after them, or null
 * @param denialAnswers   answers that, right after a question, deny it (a negatable match in the question does not
 *                        count), or null when the file has none
 * @param controlledDrugs drug name -> pattern, for the several-controlled-drugs signal
 * @param minDistinctDrugs how many distinct controlled drugs make that signal fire
 * @param rules           every signal rule, in file order
 * @param textModel       the learned text model and how it joins the rules, or null when the file has none
 */
public record RuleBook(String version,
                       Thresholds thresholds,
                       List<Pattern> warningWords,
                       @Nullable WarningLists warningLists,
                       @Nullable Pattern denialAnswers,
                       Map<String, Pattern> controlledDrugs,
                       int minDistinctDrugs,
                       List<Rule> rules,
                       @Nullable TextModelSettings textModel) {

    /** What verdicts report as scorerVersion: the rules version, and the text model's when there is one. */
    public String scorerVersion() {
        return textModel == null ? version : version + "+" + textModel.model().version();
    }

    /** The same rules with another text model (or none). */
    RuleBook withTextModel(@Nullable TextModelSettings model) {
        return new RuleBook(version, thresholds, warningWords, warningLists, denialAnswers, controlledDrugs, minDistinctDrugs, rules, model);
    }

    /**
     * A clause ending in a colon that announces warning signs ("the red flags we see:", "how to spot a fake:") warns
     * the sentences that start within {@code reach} characters after the colon: the items of its list, each a sentence
     * of its own ("Payment by crypto or gift cards. Contact only through Telegram.").
     */
    public record WarningLists(Pattern intros, int reach) {
    }

    /** Ids the code refers to; the rules file must define each of them. */
    static final Set<String> REQUIRED_IDS = Set.of(
            "mentions-ketamine", "rems-registry-match", "rems-claim-unverified", "named-prescriber",
            "valid-npi", "invalid-npi", "us-street-address", "phone", "consistent-nap",
            "several-controlled-drugs", "cart-checkout", "no-address-no-clinician", "needs-review",
            "prescription-required", "licensed-prescribers", "medical-evaluation", "on-site-monitoring",
            "vital-signs", "observation-time", "contraindications", "side-effects");

    public Optional<Rule> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    Rule required(String id) {
        return rule(id).orElseThrow(() -> new IllegalStateException("rule " + id + " missing"));
    }

    /**
     * What a rule says about a page. A MARKER (weight 0) counts toward nothing: it names a form of page
     * or passage that the decision reads, by id (a company's own press release) or by its
     * {@code ownSale} attribute (an order contact, a promise of instant approval) or its {@code otherGoods}
     * attribute (research peptides for sale).
     */
    public enum Kind { GREEN, RED, INFORMATIONAL, REVIEW, TELEHEALTH, IN_PERSON, CARE, DRUG, MARKER }

    /** Which part of a page a rule's patterns are matched against (META: {@code ExtractedPage.metadata}). */
    public enum Target { TEXT, TITLE, URL, META }

    /**
     * @param decisive               |weight| of a red flag that can decide "seller" on its own
     * @param seller                 red points needed when a decisive flag fired
     * @param sellerWithoutDecisive  red points needed otherwise (and they must exceed the care points)
     * @param informational          informational context points that protect a page from flagging
     * @param informationalOverSeller informational points that protect a page even when seller evidence is present
     * @param informationalOverDoorway the same on a post with affiliate links or coupon codes for the drug
     * @param doorwayDecisive        decisive red flags at which such a post is the shop's doorway, however framed
     * @param review                 doubtful-context points that route a site to moderators
     * @param care                   care points needed to call a page clinic or telehealth
     * @param trustCapFlagged        highest trustScore of a flagged site
     * @param identityProtects       identity points above which URL words do not count and two decisive flags are needed
     * @param providerProtectsUrl   provider points (see Rule.provider) above which URL words do not count
     */
    public record Thresholds(int decisive, int seller, int sellerWithoutDecisive, int informational, int informationalOverSeller,
                             int informationalOverDoorway, int doorwayDecisive, int review, int care, int trustCapFlagged, int identityProtects,
                             int providerProtectsUrl) {
    }

    /** Only count a match when one of these patterns occurs within {@code window} characters. */
    public record Near(int window, Pattern pattern) {
    }

    /**
     * One signal rule.
     *
     * @param provider a green signal that a care provider speaks (prescriber, evaluation, on-site care,
     *                 street address); see thresholds.provider-protects-url
     * @param padding  an informational context that sellers copy into their pages (reference, academic,
     *                 editorial text): it does not protect a page that shows two decisive red flags
     * @param ownSale  a marker of the page selling in its own voice (an order contact, a promise of instant
     *                 approval): beside a decisive red flag the text model does not withdraw the flag
     * @param otherGoods a marker that the page's goods are something other than the drug (research peptides,
     *                 SARMs): on a page that never names the drug, red flags of the drug trade do not stand in
     *                 for its name
     * @param trade    whether this is a red flag of the drug trade itself, which counts on a page that never
     *                 names the drug ({@link Trade})
     * @param patterns one pattern per alternative (all languages together); empty for pure builtins
     * @param unless   a match does not count when this pattern occurs earlier in its sentence (contrast:
     *                 "no need to visit an infusion clinic")
     */
    public record Rule(String id,
                       Kind kind,
                       int weight,
                       String explanation,
                       Set<Target> in,
                       boolean negatable,
                       boolean builtin,
                       boolean identity,
                       boolean provider,
                       boolean padding,
                       boolean ownSale,
                       boolean otherGoods,
                       Trade trade,
                       List<Pattern> patterns,
                       @Nullable Pattern combined,
                       @Nullable Near near,
                       @Nullable Pattern unless,
                       @Nullable List<String> requiredLiterals,
                       boolean caseSensitive) {

        boolean isContext() {
            return kind == Kind.INFORMATIONAL || kind == Kind.TELEHEALTH || kind == Kind.IN_PERSON || kind == Kind.REVIEW
                    || kind == Kind.CARE;
        }

        boolean urlOnly() {
            return in.size() == 1 && in.contains(Target.URL);
        }

        /** A red flag of the drug trade, at least beside another decisive flag. */
        boolean tradeWithAnother() {
            return trade != Trade.NONE;
        }

        /** A red flag of the drug trade that lawful shops do not show either. */
        boolean tradeAlone() {
            return trade == Trade.ALONE;
        }
    }

    /**
     * How far a red flag shows the drug trade itself, on a page that never names the drug (a seller's
     * shipping, payment or FAQ page).
     */
    public enum Trade {
        /** Not a sign of the drug trade without the drug's name. */
        NONE,
        /**
         * Only beside another decisive flag ({@code trade: paired}): "no prescription" is also how a
         * pharmacy or a supplement shop labels over-the-counter goods ("rezeptfrei").
         */
        PAIRED,
        /**
         * Beside another decisive flag, and as the trade flag the text model's flag needs ({@code trade:
         * true}): stealth shipping, research chemical.
         */
        ALONE
    }
}
