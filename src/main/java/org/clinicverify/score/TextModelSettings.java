package org.clinicverify.score;

/**
 * The text model and how its opinion joins the rules (the {@code text-model} section of the rules
 * file; see {@link TextModelJudge}).
 *
 * @param model       the trained weights
 * @param sellerBacks seller probability at or above which the model flags a page that the rules do not
 *                    flag, when at least one rule red flag fired on it
 * @param sellerDoubt seller probability below which a page the rules flag is not flagged
 * @param doubtMinFeatures known features the model must have read on a page before it overrules a flag
 * @param category    probability at or above which the model's category (other than seller) replaces the
 *                    rules' on a page that is not flagged
 * @param careOverContext probability at or above which the model's clinic or telehealth replaces the
 *                    informational category of a page the rules saw care on but an informational or
 *                    doubtful context outweighed (a provider's refund policy, pharmacy-partner or careers page)
 * @param sellerOverFraming seller probability at or above which the model flags a page that an informational
 *                    context protects, when two decisive rule red flags fired on it (a shop inside an article)
 * @param weight      weight of the {@code text-model-seller} signal (negative: a red flag)
 */
record TextModelSettings(TextModel model, double sellerBacks, double sellerDoubt, int doubtMinFeatures, double category,
                         double careOverContext, double sellerOverFraming, int weight) {
}
