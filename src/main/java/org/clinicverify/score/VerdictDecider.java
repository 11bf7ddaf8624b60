package org.clinicverify.score;

import java.util.ArrayList;
import java.util.List;

import io.micronaut.core.annotation.Nullable;

/**
 * Turns merged findings into a verdict. The decision rests on the presence and strength of decisive
 * evidence, never on how much of the page is about it, so padding a shop page with generic text
 * changes nothing:
 *
 * <ol>
 *   <li>Red flags count only on sites that mention ketamine or esketamine, or that show a red flag
 *       of the drug trade itself ({@code trade}) beside another decisive one and no provider signal (a
 *       seller's shipping or payment page that never names the drug). Red points are the sum
 *       of the weights of the red flags that fired (each once); a flag whose |weight| reaches
 *       {@code thresholds.decisive} is decisive.</li>
 *   <li>Seller evidence: a decisive flag and red points &ge; {@code thresholds.seller}; or, with no
 *       decisive flag, red points &ge; {@code thresholds.seller-without-decisive} that also exceed
 *       the green points (a clinic taking Zelle and WhatsApp bookings stays a clinic). A site whose
 *       identity signals (named prescribers, valid NPI, street address, ...) reach
 *       {@code thresholds.identity-protects} is established: URL words alone do not count against
 *       it and it needs two decisive flags (a clinic blog post at /blog/can-you-buy-ketamine-online
 *       is not a shop). URL words do not count either on an article-like path ({@code editorial-url})
 *       or on a page whose {@code provider} signals (prescriber, evaluation, on-site care, street
 *       address) reach {@code thresholds.provider-protects-url} (a telehealth provider's /order
 *       page).</li>
 *   <li>Doubtful contexts (compounding pharmacy, licensed wholesaler) are never flagged: they become
 *       informational with a {@code needs-review} signal, unless two decisive flags fire and the
 *       site never says a prescription is required.</li>
 *   <li>Informational contexts (news, law, government, harm reduction, addiction treatment,
 *       research, reference, editorial) with points &ge; {@code thresholds.informational} that
 *       outweigh the care contexts, or that come with no provider voice at all (an article
 *       describing infusions is about care, not a provider of it), make the site informational and
 *       protect it from flagging (an established site needs
 *       {@code thresholds.informational-over-seller}). Editorial framing never outweighs seller
 *       evidence (padding text reads like an article), and against two decisive red flags no context
 *       that sellers copy into their pages ({@code padding}: reference, academic, editorial text)
 *       counts (an encyclopaedia quoting one street price is still protected). Against the seller
 *       evidence of a post with its own affiliate links or coupon codes for the drug the framing
 *       must reach {@code thresholds.informational-over-doorway} (an affiliate review's "how we
 *       tested" and FAQ are not a newspaper's report). A price per gram
 *       that no other red flag backs needs only {@code thresholds.informational} (a news story or a
 *       forum thread quoting street prices is not a shop), and so do URL words when the page's own
 *       text shows no red flag (a warning at /esketamina-sin-receta), but against a price list of several
 *       quantities ({@code price-list}) copied text (reference, academic, editorial) does not count;
 *       on a page whose provider signals reach
 *       {@code thresholds.provider-protects-url} such a price is not decisive (a clinic's or a
 *       telehealth provider's fee list prices doses too); and a forum or social context does not
 *       count on a page that reads as a sales listing and has no other informational framing (the
 *       post is the listing), nor on a blog post with affiliate links to the drug unless news, law or
 *       another context sellers do not copy frames it (the post is the shop's doorway); such a post, a
 *       company's own press release about its sales, a page labelled a paid advertorial ({@code advertorial}:
 *       its news framing does not protect its seller evidence), and a page that takes orders through its own named
 *       contact or promises approval without a clinician (markers with {@code own-sale} in the rules
 *       file: {@code order-contact}, {@code instant-approval}) is a sales post, which the text model
 *       does not overrule ({@link TextModelJudge}). For an established site only contexts sellers do
 *       not copy count (a clinic quoting reference text is still the clinic). A provider's warning that
 *       others pretend to be it ({@code impersonation-warning}) with enough care and no seller evidence is
 *       not protected as information: it is the provider's page; with seller evidence (the scam ads it
 *       quotes) that its framing protects, it stays unflagged and is still the provider's page.</li>
 *   <li>Otherwise seller evidence makes a flagged seller; enough care (green + context points)
 *       makes telehealth when remote-care context outweighs in-person context, else clinic;
 *       anything else is informational.</li>
 * </ol>
 */
final class VerdictDecider {

    /** An article-like URL path (blog, news, guide): its words describe the article, not a shop. */
    static final String EDITORIAL_URL = "editorial-url";
    /** The page speaks as a provider ("our clinic", "book your visit"); an article about care does not. */
    static final String PROVIDER_VOICE = "provider-voice";
    /** Bylines, review dates, reported speech: the framing of an article (and of a provider's blog post). */
    static final String CONTEXT_EDITORIAL = "context-editorial";
    /**
     * A price per gram or vial: news stories, forums and price surveys quote it too, so when no other
     * red flag (URL words, payment, shipping, ordering...) backs it, the ordinary informational
     * threshold protects the page.
     */
    static final String PRICE_PER_UNIT = "price-per-unit";
    /**
     * Several quantities with their prices (1 g $45 | 5 g $180): a shop's price list, where a story
     * quotes one street price. It does not back a lone price (a news story may list the tiers it was
     * quoted), but text that sellers copy (reference, academic, editorial) does not protect it.
     */
    static final String PRICE_LIST = "price-list";
    /** Fires on every page without an address or a named clinician: it backs no other flag. */
    static final String NO_ADDRESS = "no-address-no-clinician";
    /** A sales post: on a forum or social site it is the listing itself, not a discussion of one. */
    static final String MARKETPLACE = "marketplace-listing";
    /** Affiliate links, coupon codes: a post that earns on a shop's sales is that shop's doorway. */
    static final String DOORWAY = "doorway-or-affiliate";
    static final String FORUM_MEDIA = "context-forum-media";
    /** Job posts, directories, rankings of providers, insurers: an affiliate "best clinics" list is built the same way. */
    static final String DIRECTORY = "context-jobs-directory-insurer";
    /** A company's own press release: the company speaks for itself, as on its own site. */
    static final String PRESS_RELEASE = "press-release";
    /** A page labelled a paid advertorial: the advertiser speaks, its article framing is the costume. */
    static final String ADVERTORIAL = "advertorial";
    /** A warning that others pretend to be this site: the impersonated provider speaks. */
    static final String IMPERSONATION = "impersonation-warning";
    /** A bot check or security challenge stands where the site's page should be: its words are not the site's. */
    static final String INTERSTITIAL = "interstitial-page";

    private final RuleBook book;

    VerdictDecider(RuleBook book) {
        this.book = book;
    }

    Verdict decide(SiteFindings f) {
        return decide(f, null, "");
    }

    /** The verdict of the rules, with the text model's opinion (null: none) joined as {@link TextModelJudge} says. */
    Verdict decide(SiteFindings f, @Nullable TextModel.Opinion opinion, String url) {
        TextModelJudge.Rules rules = grounds(f);
        Category category = rules.category();
        boolean flagged = rules.flagged();
        int red = rules.red();
        Signal modelSignal = null;
        TextModelSettings model = book.textModel();
        if (opinion != null && model != null) {
            TextModelJudge.Outcome judged = TextModelJudge.judge(rules, opinion, model, url);
            category = judged.category();
            flagged = judged.flagged();
            if (judged.signal() != null) {
                red += -judged.signal().weight();
                modelSignal = judged.signal();
            }
        }
        int trust = Math.max(0, Math.min(100, rules.green() - red));
        if (flagged) {
            trust = Math.min(trust, book.thresholds().trustCapFlagged());
        }
        List<Signal> signals = signals(f);
        if (modelSignal != null) {
            signals = new ArrayList<>(signals);
            signals.add(modelSignal);
            signals = List.copyOf(signals);
        }
        return new Verdict(category, flagged, trust, signals, badges(f, category, flagged), book.scorerVersion());
    }

    /** What the rules alone decide, and on what (adds needs-review to the findings when it applies). */
    TextModelJudge.Rules grounds(SiteFindings f) {
        RuleBook.Thresholds t = book.thresholds();
        boolean drug = f.has("mentions-ketamine") || unnamedTrade(f);
        int red = 0;
        int decisive = 0;
        int green = 0;
        int info = 0;
        int tele = 0;
        int inPerson = 0;
        int care = 0;
        int identity = 0;
        int review = 0;
        int provider = 0;
        int infoOverSeller = 0;
        int infoNotEditorial = 0;
        for (RuleBook.Rule rule : book.rules()) {
            if (f.has(rule.id()) && rule.identity()) {
                identity += rule.weight();
            }
            if (f.has(rule.id()) && rule.provider()) {
                provider += rule.weight();
            }
        }
        boolean established = identity >= t.identityProtects();
        // A phone number or street address is a provider's (or a business's) too, not an article's.
        boolean voice = f.has(PROVIDER_VOICE) || f.has("phone") || f.has("us-street-address");
        // A provider's order page or an article's slug ("/blog/can-you-buy-ketamine-online") is not a shop address.
        boolean urlWordsIgnored = established || provider >= t.providerProtectsUrl() || f.has(EDITORIAL_URL);
        boolean priceBacked = false;
        boolean textRed = false;
        int ownRed = 0;
        int anyRed = 0;
        boolean trade = false;
        boolean otherInfo = false;
        boolean otherInfoNotPadding = false;
        boolean otherInfoNotPaddingNorDirectory = false;
        boolean ownSale = false;
        boolean otherGoods = false;
        for (RuleBook.Rule rule : book.rules()) {
            if (!f.has(rule.id())) {
                continue;
            }
            ownSale |= rule.ownSale();
            otherGoods |= rule.otherGoods();
            if (rule.kind() == RuleBook.Kind.INFORMATIONAL && !rule.id().equals(FORUM_MEDIA)
                    && f.contextPoints.getOrDefault(rule.id(), 0) > 0) {
                otherInfo = true;
                otherInfoNotPadding |= !rule.padding();
                otherInfoNotPaddingNorDirectory |= !rule.padding() && !rule.id().equals(DIRECTORY);
            }
            if (rule.kind() == RuleBook.Kind.RED && drug && !(urlWordsIgnored && rule.urlOnly())
                    && !rule.id().equals(PRICE_PER_UNIT) && !rule.id().equals(NO_ADDRESS) && !rule.id().equals(PRICE_LIST)) {
                priceBacked = true;
            }
            if (rule.kind() == RuleBook.Kind.RED && drug && !rule.urlOnly() && !rule.id().equals(NO_ADDRESS)) {
                textRed = true;
            }
            if (rule.kind() == RuleBook.Kind.RED && !(urlWordsIgnored && rule.urlOnly()) && !rule.id().equals(NO_ADDRESS)) {
                anyRed++;
                ownRed += drug ? 1 : 0;
                trade |= rule.tradeAlone();
            }
        }
        // a peptide shop's "research use only" is its own trade's wording, not the drug's
        trade &= drug || !otherGoods;
        // A post with its own affiliate links or coupon codes for the drug is written to read as consumer
        // journalism ("how we tested", an FAQ, "we are not lawyers"): against its seller evidence a few such
        // markers are not enough, only framing as thick as a real report's.
        boolean doorway = drug && f.has(DOORWAY);
        // A forum or social page whose only informational framing is the forum itself, and that reads as a
        // sales listing, is the listing (a vendor thread); so is one framed only by what sellers copy
        // (harm-reduction tips, editorial words) when it shows two decisive red flags of its own. A podcast or
        // article about sellers is not.
        // A personal blog post with affiliate links to the drug is the shop's doorway, whatever padding
        // (reference, editorial) it carries; news or a government page quoting such a post is not.
        // A company's own press release announcing its sales is the company speaking, unless news frames it.
        boolean vendorListing = drug && f.has(MARKETPLACE) && (!otherInfo || !otherInfoNotPadding && decisiveInText(f) >= 2);
        // A paid advertorial for the drug is the advertiser's page whatever news framing it wears.
        boolean advertorial = drug && f.has(ADVERTORIAL);
        boolean salesPost = vendorListing || (doorway || drug && f.has(PRESS_RELEASE)) && !otherInfoNotPadding || advertorial;
        for (RuleBook.Rule rule : book.rules()) {
            if (!f.has(rule.id())) {
                continue;
            }
            int points = f.contextPoints.getOrDefault(rule.id(), 0);
            switch (rule.kind()) {
                case RED -> {
                    if (drug && !(urlWordsIgnored && rule.urlOnly())) {
                        red += -rule.weight();
                        decisive += -rule.weight() >= t.decisive() ? 1 : 0;
                    }
                }
                case GREEN -> green += rule.weight();
                // A provider's own blog post has a byline and a review date too: editorial framing
                // counts only on pages that do not speak as a provider.
                case INFORMATIONAL -> {
                    boolean editorial = rule.id().equals(CONTEXT_EDITORIAL);
                    int counted = editorial && voice || salesPost && rule.id().equals(FORUM_MEDIA) ? 0 : points;
                    info += counted;
                    infoOverSeller += rule.padding() ? 0 : counted;
                    infoNotEditorial += editorial ? 0 : counted;
                }
                case TELEHEALTH -> tele += points;
                case IN_PERSON -> inPerson += points;
                case CARE -> care += points;
                case REVIEW -> review += points;
                case DRUG, MARKER -> { }
            }
        }
        boolean priceOnly = drug && f.has(PRICE_PER_UNIT) && !priceBacked;
        // Seller words in the address and nothing red on the page itself: an alert at
        // /esketamina-sin-receta is about such sales; the ordinary informational threshold protects it.
        boolean urlOnlyRed = drug && !textRed;
        // A fee list of a provider ("Spravato 84 mg session $790", "RDT 300 mg x 8 $199/month") prices
        // doses too: where a provider speaks (prescriber, evaluation, on-site care, address) and
        // nothing else is red, the price is not decisive.
        if (priceOnly && provider >= t.providerProtectsUrl()) {
            decisive--;
        }
        // An established provider (named prescribers, NPI, address...) quoting reference or study text is
        // still the provider: for it only the contexts sellers do not copy (news, law, government...) count.
        int framing = established ? infoOverSeller : info;
        int framingOverSeller = priceOnly || urlOnlyRed ? t.informational() : doorway ? t.informationalOverDoorway() : t.informationalOverSeller();
        if (doorway && decisive >= t.doorwayDecisive() || advertorial) {
            // an affiliate post showing this much of the trade is the shop's doorway; an advertorial is the advertiser's page
            framingOverSeller = Integer.MAX_VALUE;
        }
        boolean sellerEvidence = decisive >= (established ? 2 : 1) && red >= t.seller()
                || !established && red >= t.sellerWithoutDecisive() && red > green;
        // A provider warning that others pretend to be it, showing care and no seller evidence of its own: its
        // scam-warning, news and government words are the provider's warning to its patients, not a report.
        boolean careEnough = green + tele + inPerson + care >= t.care();
        boolean ownScamWarning = f.has(IMPERSONATION) && !sellerEvidence && careEnough;
        Category careCategory = tele > inPerson || tele == inPerson && (tele > 0 || f.has("name-remote")) && tieGoesRemote(f)
                ? Category.TELEHEALTH : Category.CLINIC;
        Category category;
        boolean flagged = false;
        TextModelJudge.Branch branch;
        if (review >= t.review() && !(sellerEvidence && decisive >= 2 && !f.has("prescription-required"))) {
            category = Category.INFORMATIONAL;
            branch = TextModelJudge.Branch.REVIEW;
            f.add("needs-review", new Evidence("Doubtful context: " + firstReviewSnippet(f), firstReviewUrl(f)));
        } else if (!ownScamWarning && framing >= (established ? t.informationalOverSeller() : t.informational())
                && (framing >= (tele + inPerson) / 2 || !voice && !established)
                && (!sellerEvidence || (decisive >= 2 || drug && f.has(PRICE_LIST) ? infoOverSeller : infoNotEditorial) >= framingOverSeller)) {
            category = Category.INFORMATIONAL;
            branch = TextModelJudge.Branch.PROTECTED;
        } else if (sellerEvidence) {
            category = Category.SELLER;
            flagged = true;
            branch = TextModelJudge.Branch.SELLER;
        } else if (careEnough) {
            category = careCategory;
            branch = TextModelJudge.Branch.CARE;
        } else {
            category = Category.INFORMATIONAL;
            branch = TextModelJudge.Branch.UNDECIDED;
        }
        if (branch == TextModelJudge.Branch.PROTECTED && f.has(IMPERSONATION) && careEnough) {
            // Such a warning whose quoted scam ads leave seller evidence stays protected from a flag (the offers are
            // others'), but the page is still the provider's.
            category = careCategory;
        }
        // An affiliate "best clinics" list that earns on a shop showing two decisive flags is that shop's
        // doorway: its ranking is the form such doorways take, so only other framing (news, law...) keeps it an article.
        boolean rankedDoorway = doorway && !otherInfoNotPaddingNorDirectory && decisive >= 2;
        // An article that ends "orders: Telegram @..." or promises "approval is automatic" in its own voice sells
        // (a story quotes such a line, reports or warns against it): markers with own-sale.
        boolean sellsItself = drug && ownSale;
        boolean readsAsSale = salesPost || rankedDoorway || sellsItself;
        return new TextModelJudge.Rules(category, flagged, branch, drug, ownRed, anyRed, trade, Math.max(0, decisive), established,
                info > 0, f.has("context-news"), tele + inPerson + care > 0, green, red, f.has(INTERSTITIAL), readsAsSale);
    }

    /** How many decisive red flags fired on the page's own text (not its address alone). */
    private int decisiveInText(SiteFindings f) {
        int decisive = 0;
        for (RuleBook.Rule rule : book.rules()) {
            if (f.has(rule.id()) && decisiveInText(rule)) {
                decisive++;
            }
        }
        return decisive;
    }

    /** A red flag that can decide "seller" on its own and is read from the page's text, not its address alone. */
    private boolean decisiveInText(RuleBook.Rule rule) {
        return rule.kind() == RuleBook.Kind.RED && !rule.urlOnly() && -rule.weight() >= book.thresholds().decisive();
    }

    /**
     * A seller's shipping, payment, FAQ or order-status page often never names the drug ("your K",
     * "the product"): a red flag of the drug trade itself ({@code trade}: stealth shipping, no
     * prescription, research chemical) with at least one other decisive flag, on a page where no care
     * provider speaks (no {@code provider} signal: prescriber, evaluation, on-site care, street
     * address; a privacy policy in a shop's footer is no such sign), is a drug seller's page whether or
     * not it says "ketamine". Not when the page shows other goods it sells so ({@code other-goods}: research
     * peptides "for research use only").
     */
    private boolean unnamedTrade(SiteFindings f) {
        boolean trade = false;
        for (RuleBook.Rule rule : book.rules()) {
            if (!f.has(rule.id())) {
                continue;
            }
            if (rule.kind() == RuleBook.Kind.GREEN && rule.provider() || rule.otherGoods()) {
                return false;
            }
            trade |= decisiveInText(rule) && rule.tradeWithAnother();
        }
        return trade && decisiveInText(f) >= 2;
    }

    /**
     * Pages naming both modalities (virtual consults before in-office infusions; "no need to visit an
     * infusion clinic") tie: the site's name decides when only one kind of name fires (title or URL:
     * "virtual", "online" / "clinic", "infusion center"); otherwise a street address, where care
     * happens, makes it a clinic.
     */
    private static boolean tieGoesRemote(SiteFindings f) {
        boolean remoteName = f.has("name-remote");
        boolean placeName = f.has("name-in-person");
        return remoteName != placeName ? remoteName : !f.has("us-street-address");
    }

    private String firstReviewSnippet(SiteFindings f) {
        return reviewEvidence(f).snippet();
    }

    private String firstReviewUrl(SiteFindings f) {
        return reviewEvidence(f).url();
    }

    private Evidence reviewEvidence(SiteFindings f) {
        for (RuleBook.Rule rule : book.rules()) {
            if (rule.kind() == RuleBook.Kind.REVIEW && f.contextPoints.getOrDefault(rule.id(), 0) > 0) {
                return f.fired.get(rule.id()).get(0);
            }
        }
        throw new IllegalStateException("no review context fired");
    }

    private List<Signal> signals(SiteFindings f) {
        List<Signal> signals = new ArrayList<>();
        for (RuleBook.Rule rule : book.rules()) {
            List<Evidence> evidence = f.fired.get(rule.id());
            if (evidence == null || rule.kind() == RuleBook.Kind.DRUG) {
                continue;
            }
            int weight = rule.kind() == RuleBook.Kind.GREEN || rule.kind() == RuleBook.Kind.RED ? rule.weight() : 0;
            signals.add(new Signal(rule.id(), weight, rule.explanation(), List.copyOf(evidence)));
        }
        return List.copyOf(signals);
    }

    private static List<String> badges(SiteFindings f, Category category, boolean flagged) {
        List<String> badges = new ArrayList<>();
        if (flagged || category == Category.SELLER) {
            return List.of();
        }
        if (f.has("rems-registry-match")) {
            badges.add("REMS-certified (registry)");
        } else if (f.has("rems-claim-unverified")) {
            badges.add("REMS certification claimed (unverified)");
        }
        if (f.has("named-prescriber")) {
            badges.add("Named medical staff");
        }
        if (category == Category.CLINIC && f.has("on-site-monitoring")) {
            badges.add("On-site monitoring");
        }
        if (f.has("medical-evaluation") && (f.has("contraindications") || f.has("side-effects") || category != Category.INFORMATIONAL)) {
            badges.add("Screening before treatment");
        }
        if (category == Category.TELEHEALTH && (f.has("licensed-prescribers") || f.has("named-prescriber"))) {
            badges.add("Licensed prescribers (telehealth)");
        }
        return List.copyOf(badges);
    }
}
