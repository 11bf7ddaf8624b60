package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clinicverify.extract.ExtractedPage;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static final Scorer SCORER = new Scorer(RuleBookLoader.load("classpath:score/rules.yml"), () -> RemsIndex.EMPTY);
    private static final String PADDING = "Ketamine is an anesthetic that has been used in hospitals since the 1970s. ".repeat(400);

    @Test
    void verdictsAreStableAcrossRuns() {
        List<ExtractedPage> pages = DemoWeb.pages(DemoWeb.sites().filter(s -> s.id().equals("mile-high-mood-center")).findFirst().orElseThrow());

        Verdict first = SCORER.scoreSite("mile-high-mood-center", pages);
        Verdict second = new Scorer(RuleBookLoader.load("classpath:score/rules.yml"), () -> RemsIndex.EMPTY)
                .scoreSite("mile-high-mood-center", pages);

        assertEquals(first, second);
    }

    @Test
    void paddingDoesNotDiluteTheSellerDecision() {
        ExtractedPage padded = Pages.text("https://wellness.test/k", PADDING + " Ketamine crystal 5 g $190. Pay with Bitcoin. " + PADDING);

        Verdict verdict = SCORER.assessPage(padded);

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void harmReductionTipsDoNotProtectASellerWithTwoDecisiveRedFlags() {
        String tips = "Is it tested? Every batch goes to a drug checking service. Start low, never use alone, safer use"
                + " means test strips and a sober friend. ";
        ExtractedPage seller = Pages.text("https://glass.test/faq", tips
                + "Our ketamine shards ship with stealth packaging, vacuum-sealed. Support on Telegram: @glass_support.");
        ExtractedPage harmReduction = Pages.text("https://checkit.test/ketamine", tips
                + "Our drug checking service is free and anonymous; bring a sample of your ketamine to the Thursday clinic.");

        assertTrue(SCORER.assessPage(seller).flagged(), () -> SCORER.assessPage(seller).signals().toString());
        Verdict info = SCORER.assessPage(harmReduction);
        assertFalse(info.flagged(), info.signals().toString());
        assertEquals(Category.INFORMATIONAL, info.category());
    }

    @Test
    void urlAloneCanFlagAThinSellerPage() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://ketamine-direct.test/product/buy-ketamine-hcl-crystal", "Please enable JavaScript."));

        assertEquals(Category.SELLER, verdict.category());
    }

    @Test
    void aBotCheckInFrontOfAShopLeavesTheDecisionToItsAddress() {
        String challenge = "cheap-ketamine-online.test Checking if the site connection is secure. Enable JavaScript and cookies to continue."
                + " cheap-ketamine-online.test needs to review the security of your connection before proceeding. Ray ID: 91ab0c. Performance"
                + " and security by a content delivery network.";
        Verdict verdict = SCORER.assessPage(Pages.text("https://cheap-ketamine-online.test/shop/ketalar-10-ml-vials", challenge));

        assertTrue(verdict.flagged(), verdict.signals().toString());
        assertTrue(verdict.signals().stream().anyMatch(s -> s.id().equals(VerdictDecider.INTERSTITIAL)), verdict.signals().toString());
    }

    @Test
    void sellerWordsInsideTheDomainStillCountOnAThinPage() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://orderketaminenow.test/about-us", "We are a small team passionate about wellness."));

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void clinicBlogPostWithBuyInItsSlugIsNotFlagged() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://valley-ketamine.test/blog/can-you-buy-ketamine-online",
                "Can you buy ketamine online? Patients ask us this. Our infusions are given in our clinic."));

        assertFalse(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void telehealthOrderPageWithAnEvaluationIsNotFlaggedForItsUrl() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://ketamine-care.test/order",
                "Your order: initial psychiatric consultation ($199) and first month of care. Medication ships only if your provider prescribes it."));

        assertFalse(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void articleDescribingInfusionsInTheThirdPersonIsInformational() {
        ExtractedPage article = Pages.text("https://healthsite.test/ketamine-therapy-cost",
                "Medically reviewed by Sarah Lin, MD. Updated on June 2, 2025. Ketamine infusions are given in a clinic. A nurse "
                        + "monitors blood pressure during the infusion; arrange a ride home. Clinics typically charge $400 to $800.");

        Verdict verdict = SCORER.assessPage(article);

        assertEquals(Category.INFORMATIONAL + "/false", verdict.category() + "/" + verdict.flagged());
    }

    @Test
    void shopPaddedWithEncyclopediaTextIsStillFlagged() {
        ExtractedPage shop = Pages.text("https://k-direct.test/ketamine",
                "Pharmacokinetics: bioavailability 93% IV. Pharmacodynamics: NMDA antagonist. Drug monograph. "
                        + "Ketamine powder 5g $150, 10g $280. Payment in Bitcoin only.");

        Verdict verdict = SCORER.assessPage(shop);

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void encyclopediaQuotingAStreetPriceIsNotFlagged() {
        ExtractedPage wiki = Pages.text("https://wiki.test/wiki/Ketamine",
                "This article is about the drug. Pharmacokinetics: bioavailability 93% IV. Pharmacodynamics: NMDA antagonist. "
                        + "In the UK ketamine sells for about £20 per gram.");

        Verdict verdict = SCORER.assessPage(wiki);

        assertFalse(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void telehealthContrastingItselfWithInfusionClinicsIsTelehealth() {
        ExtractedPage tele = Pages.text("https://calmhome.test/",
                "No need to drive to an infusion clinic or sit in a treatment room. Our psychiatrists see you by video "
                        + "and prescribed lozenges ship to your home.");

        Verdict verdict = SCORER.assessPage(tele);

        assertEquals(Category.TELEHEALTH + "/false", verdict.category() + "/" + verdict.flagged());
    }

    @Test
    void newsStoryQuotingAClinicIsInformational() {
        ExtractedPage news = Pages.text("https://news.test/2025/ketamine-clinics-boom",
                "Ketamine clinics are booming. Dr. John Park, MD, who runs an infusion clinic in Ohio, said: 'We offer IV ketamine "
                        + "to about 40 patients a week.' Infusions cost about $450, he said. Critics say oversight is thin.");

        Verdict verdict = SCORER.assessPage(news);

        assertEquals(Category.INFORMATIONAL + "/false", verdict.category() + "/" + verdict.flagged());
    }

    @Test
    void germanArticleAboutInfusionPracticesIsInformational() {
        ExtractedPage article = Pages.text("https://zeitung.test/gesundheit/ketamin",
                "Ketamin gegen Depressionen: In spezialisierten Praxen bekommen Patienten Infusionen unter ärztlicher Aufsicht. "
                        + "Eine Sitzung kostet 300 bis 500 Euro, sagt der Psychiater Thomas Braun.");

        Verdict verdict = SCORER.assessPage(article);

        assertEquals(Category.INFORMATIONAL + "/false", verdict.category() + "/" + verdict.flagged());
    }

    @Test
    void frenchWarningAboutSitesSellingWithoutPrescriptionIsNotFlagged() {
        ExtractedPage warning = Pages.text("https://sante.test/ketamine",
                "Les sites qui proposent de la kétamine sans ordonnance sont illégaux. Signalez-les sur la plateforme officielle.");

        Verdict verdict = SCORER.assessPage(warning);

        assertFalse(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void newsQuotingStreetPricesIsInformationalAndNotFlagged() {
        ExtractedPage news = Pages.text("https://dailynews.test/news/ketamine-market",
                "By Ana Ortiz | Published March 3, 2026. Police said in a statement that ketamine sold for $30 per gram "
                        + "on the street, according to court records. One vendor took Bitcoin.");

        Verdict verdict = SCORER.assessPage(news);

        assertEquals(Category.INFORMATIONAL + "/false", verdict.category() + "/" + verdict.flagged());
    }

    @Test
    void telehealthWithMembershipCheckoutIsNotFlagged() {
        ExtractedPage tele = Pages.text("https://calmhome.test/checkout",
                "Start your membership. A licensed psychiatric clinician evaluates you in a video visit. If ketamine is right for you, "
                        + "a prescription is sent to a licensed pharmacy partner and lozenges ship to your door. Checkout: $249/month.");

        Verdict verdict = SCORER.assessPage(tele);

        assertEquals(Category.TELEHEALTH + "/false", verdict.category() + "/" + verdict.flagged());
    }

    @Test
    void telehealthWithSellerRedFlagsIsFlagged() {
        ExtractedPage tele = Pages.text("https://calmhome.test/",
                "Telehealth ketamine from home. Video visit optional: no prescription needed. Pay with Bitcoin, ships discreetly.");

        Verdict verdict = SCORER.assessPage(tele);

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void compoundingPharmacyGoesToReviewInsteadOfBeingFlagged() {
        ExtractedPage pharmacy = Pages.text("https://riverside-rx.test/",
                "Riverside Compounding Pharmacy. Compounded medications, including ketamine troches, prepared under our "
                        + "State Board of Pharmacy licence. Ketamine 10 ml vial $80.");

        Verdict verdict = SCORER.assessPage(pharmacy);

        assertEquals("informational/false/true", verdict.category().id() + "/" + verdict.flagged() + "/"
                + verdict.signals().stream().anyMatch(s -> s.id().equals("needs-review")));
    }

    @Test
    void newsStoryQuotingAStreetPriceIsNotFlagged() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://daily.test/crime/ketamine",
                "The price of ketamine has fallen to around £20 a gram, charities say. Young people now buy it instead of alcohol."));

        assertEquals("informational/false", verdict.category().id() + "/" + verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void priceBackedByShippingIsNotProtectedByOneNewsCue() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://k.test/",
                "Ketamine crystal 5 g €140 with worldwide shipping, cheaper than street prices."));

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void lonePriceListWithNoContextIsStillASeller() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://k.test/", "Ketamine crystal 5 g €140, 10 g €260."));

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void salesPostOnAForumIsFlagged() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://forum.test/t/8812",
                "[VENDOR] UK ketamine, 1g to 50g, next day. Posted by kv_uk · 14 replies. Fresh shards in. Payment in LTC only."));

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void streetNamesOfTheDrugLetItsRedFlagsCount() {
        // "ketty", "k-hole" and "ketta" name the drug: without a name, a bio offering "party favours" is nobody's seller
        Verdict ketty = SCORER.assessPage(Pages.text("https://bio.test/kdreamer",
                "ketty + other party favours | UK-wide post | menu on tele @kdreamer_uk | no time wasters"));
        Verdict unnamed = SCORER.assessPage(Pages.text("https://bio.test/kdreamer",
                "balloons + other party favours | UK-wide post | menu on tele @kdreamer_uk | no time wasters"));
        Verdict khole = SCORER.assessPage(Pages.text("https://khole-supply.test/faq",
                "How do I pay? We take BTC, XMR and Amazon gift cards. Your order is packed after 2 confirmations."));
        Verdict ketta = SCORER.assessPage(Pages.text("https://t.me.test/s/kappa_mi",
                "Ketta nuova, cristalli tipo vetro. Listino: 1g 50€ · 3g 130€. Spedizione tutta Italia, busta anonima. Pagamenti USDT."));

        assertTrue(ketty.flagged(), ketty.signals().toString());
        assertFalse(unnamed.flagged(), unnamed.signals().toString());
        assertTrue(khole.flagged(), khole.signals().toString());
        assertTrue(ketta.flagged(), ketta.signals().toString());
    }

    @Test
    void aShopDomainCompoundedWithKetaNamesTheDrugBehindABotCheck() {
        // only the address speaks on a bot check: "ketalozenge-now" is a ketamine lozenge shop, "lozenge-now" a shop
        String check = "Just a moment... Checking your browser before accessing the site. This process is automatic. "
                + "Please enable JavaScript and cookies to continue.";
        Verdict keta = SCORER.assessPage(Pages.text("https://ketalozenge-now.test/order/home-kit-200mg?aff=tgx12", check));
        Verdict plain = SCORER.assessPage(Pages.text("https://lozenge-now.test/order/home-kit-200mg?aff=tgx12", check));

        assertTrue(keta.flagged(), keta.signals().toString());
        assertFalse(plain.flagged(), plain.signals().toString());
    }

    @Test
    void aKJourneyNamesTheDrug() {
        // wellness slang: "a gentle K journey", "full moon K circles" are ketamine sessions; a sound bath alone is not
        String ad = "SOUND BATH + %s ~ private or small group. $220 per person, includes the medicine. Cash, Venmo or BTC. "
                + "Text or Telegram only: @venice_soundhealer";
        Verdict journey = SCORER.assessPage(Pages.text("https://classifieds.test/wellness/ad-553019", ad.formatted("K JOURNEY")));
        Verdict bath = SCORER.assessPage(Pages.text("https://classifieds.test/wellness/ad-553019", ad.formatted("REIKI")));

        assertTrue(journey.flagged(), journey.signals().toString());
        assertFalse(bath.flagged(), bath.signals().toString());
    }

    @Test
    void aMenuLineOfKShardsNamesTheDrug() {
        // "K (shards, very clean)" and "buy 7g K" on a channel's menu: the drug, though the word never appears
        String menu = "MENU UPDATED. %s 1g - £40 3.5g - £110 7g - £190. Pay: bank transfer / BTC. DM @kcandy_orders with item + postcode.";
        Verdict shards = SCORER.assessPage(Pages.text("https://tgview.test/s/kcandy_ldn", menu.formatted("K (shards, very clean)")));
        Verdict deal = SCORER.assessPage(Pages.text("https://tgview.test/s/kcandy_ldn", menu.formatted("XMAS DEAL: buy 7g K get 1g free.")));
        Verdict cookies = SCORER.assessPage(Pages.text("https://tgview.test/s/kcandy_ldn", menu.formatted("Cookies (choc chip, very fresh)")));

        assertTrue(shards.flagged(), shards.signals().toString());
        assertTrue(deal.flagged(), deal.signals().toString());
        assertFalse(cookies.flagged(), cookies.signals().toString());
    }

    @Test
    void aSellersOwnPressReleaseSpeaksForTheSellerUnlessNewsFramesIt() {
        // The company announces its own sales: like a vendor's forum post, the release is the offer itself, so
        // the text model may not withdraw its flag for reading like news (TextModelJudge); a newsroom's story on
        // the same release is framed by its reporting.
        String release = "Calmora opens online store for esketamine spray and ketamine tablets. LISBON, December 3, 2026 /WireHub/ "
                + "- PRESS RELEASE. Calmora's new online store ships esketamine nasal spray and ketamine tablets "
                + "to adults in eleven countries, with no prescription needed. Customers can pay by card or cryptocurrency.";
        String story = release + " Reporters found the store's servers abroad; according to police, an investigation is open.";

        TextModelJudge.Rules ofRelease = groundsOf("https://wirehub.test/releases/calmora", release);
        TextModelJudge.Rules ofStory = groundsOf("https://daily.test/news/calmora", story);

        assertTrue(ofRelease.flagged() && ofRelease.salesPost(), ofRelease.toString());
        assertFalse(ofStory.salesPost(), ofStory.toString());
    }

    @Test
    void anAffiliateRankingWhoseTopPickShowsTwoDecisiveFlagsIsThatShopsDoorway() {
        // "The best ketamine clinics" earning a commission on a shop with no prescription and crypto payment: the
        // ranking is the doorway's form, so the text model may not withdraw the flag; reporting on it is framed.
        String list = "The 5 best ketamine clinics of 2026, and how we ranked them. #1 KetaNow Express: no prescription needed, "
                + "ships in 24 hours. Pay with card or crypto. Visit KetaNow Express. #2 Sunrise Infusion Partners, $450 per session. "
                + "We may receive a commission when you buy through links on this page.";
        String report = list + " Reporters found the top pick ships from abroad; according to police, an investigation is open.";

        TextModelJudge.Rules ofList = groundsOf("https://best-clinics.test/top-5", list);
        TextModelJudge.Rules ofReport = groundsOf("https://daily.test/news/top-5", report);

        assertTrue(ofList.flagged() && ofList.salesPost(), ofList.toString());
        assertFalse(ofReport.salesPost(), ofReport.toString());
    }

    @Test
    void anArticleThatTakesOrdersThroughItsOwnContactSellsUnlessItQuotesTheLine() {
        // A shop hidden in a health article leaves one line for its buyers: the text model may not withdraw the
        // flag beside it for the article around it (TextModelJudge); a story quoting the line is framed by it.
        String article = "Ketamine and depression: what the research says. Ketamine was first made in 1962 as an anaesthetic; "
                + "clinics now give it by infusion under supervision. ";
        String shop = article + "Orders: Telegram @keta_envios24, no prescription needed, discreet shipping.";
        String story = article + "One blog ends \"Orders: Telegram @keta_envios24, no prescription needed, discreet shipping.\"";

        TextModelJudge.Rules ofShop = groundsOf("https://calm-notes.test/ketamine-guide", shop);
        TextModelJudge.Rules ofStory = groundsOf("https://daily.test/news/ketamine-blogs", story);

        assertTrue(ofShop.flagged() && ofShop.salesPost(), ofShop.toString());
        assertFalse(ofStory.salesPost(), ofStory.toString());
    }

    @Test
    void aPageThatPromisesApprovalInMinutesSellsUnlessItReportsThePromise() {
        // "Approval is automatic" in the page's own voice is the questionnaire-only sale itself: the text model may
        // not withdraw the flag for the article around it; a forum post reporting what a shop says is not a sale.
        String article = "How sublingual ketamine works. Ketamine acts on NMDA receptors; studies of depression show quick "
                + "but short effects, and clinics watch blood pressure during treatment. ";
        String shop = article + "Start today: complete our 5-minute questionnaire, no video call needed. Approval is automatic "
                + "and your ketamine troches ship within 48 hours.";
        String post = article + "A site I found wants $149 and says approval is automatic, no video call needed. Is this legit?";

        TextModelJudge.Rules ofShop = groundsOf("https://mind-notes.test/blog/sublingual-ketamine", shop);
        TextModelJudge.Rules ofPost = groundsOf("https://forum.test/t/sublingual-ketamine", post);

        assertTrue(ofShop.flagged() && ofShop.salesPost(), ofShop.toString());
        assertFalse(ofPost.salesPost(), ofPost.toString());
    }

    @Test
    void aPromiseOfApprovalSellsEvenInTheSentenceThatSaysWhatTheShopDoesNotNeed() {
        // The shop's "does not" ("does not require a prior prescription") is its offer, not a warning about one:
        // the promise of automatic approval after it is still the page's own voice.
        String article = "How sublingual ketamine works. Ketamine acts on NMDA receptors; studies of depression show quick "
                + "but short effects, and clinics watch blood pressure during treatment. ";
        String shop = article + "Unlike traditional clinics, we do not require a prior prescription or a call with a doctor: once you "
                + "submit the online questionnaire, approval is automatic and your tablets ship the next business day.";

        TextModelJudge.Rules ofShop = groundsOf("https://mind-notes.test/blog/sublingual-ketamine", shop);

        assertTrue(ofShop.flagged() && ofShop.salesPost(), ofShop.toString());
    }

    @Test
    void aPackageForwarderThatListsWhatItWillNotForwardIsNotASeller() {
        // "We reship to you" and USDT read as a shop's trade flags on a page that never names the drug; a business
        // that lists the controlled substances it refuses to carry is not in that trade (a list and its heading:
        // one phrase alone is not enough against seller evidence).
        String forwarder = "How it works. Shop US stores that do not ship abroad. We reship to you with DHL. Payment by card "
                + "or USDT. ";
        String refusal = "Prohibited items. What we can't forward: prescription medication, controlled substances, weapons.";

        assertTrue(SCORER.assessPage(Pages.text("https://forwarder.test/how-it-works", forwarder)).flagged(),
                "without its list the page reads as a shop's shipping page");
        assertFalse(SCORER.assessPage(Pages.text("https://forwarder.test/how-it-works", forwarder + refusal)).flagged());
    }

    /** What the rules alone decide on one page, and on what (the text model left out). */
    private static TextModelJudge.Rules groundsOf(String url, String text) {
        RuleBook rules = RuleBookLoader.loadRulesOnly("classpath:score/rules.yml");
        return new Scorer(rules, () -> RemsIndex.EMPTY).grounds(List.of(new PageAnalyzer(rules).analyse(Pages.text(url, text))));
    }

    @Test
    void forumThreadComparingPricesIsNotFlagged() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://forum.test/t/9013",
                "Ketamine prices where you live? Posted by dk · 12 replies. £25 a gram in Bristol, used to be 30."));

        assertFalse(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void providerFeeListPricingDosesIsNotFlagged() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://valley-spravato.test/pricing",
                "Spravato 56 mg session: $590. Spravato 84 mg session: $790. Our nurses observe you for two hours. Book your visit."));

        assertEquals("clinic/false", verdict.category().id() + "/" + verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void dosePriceWithoutAProviderIsStillASeller() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://kpharm.test/",
                "Ketamine troches 100 mg x 30: $120. Side effects may include nausea. We offer fast delivery."));

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void pharmacyPriceComparisonIsNotFlagged() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://rx-compare.test/ketamine",
                "Ketamine 50 mg/ml 10 ml vial price comparison: $12 at Pharmacy A, $18 at Pharmacy B with coupon. "
                        + "A valid prescription is required."));

        assertFalse(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void sellerStatingASaleWithoutAPriceIsFlagged() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://medsupplies.test/ketamine",
                "Ketamine for sale. Contact us for prices and availability."));

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void shippingPageThatNeverNamesTheDrugIsFlaggedForItsTradeFlags() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://parcels.test/shipping",
                "Every order is vacuum-sealed twice and hidden in a decoy item. Pay with Bitcoin or Monero."));

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void cryptoServicePageWithATelegramChannelIsNotFlagged() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://coinswap.test/support",
                "Swap Bitcoin for USDT in seconds. Questions? Message us on Telegram: @coinswap_help"));

        assertFalse(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void supplementShopSellingOverTheCounterIsNotFlagged() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://www.vitalhaus-shop.test/vitamine/vitamin-k2-tropfen-50ml",
                "VitalHaus Vitamine Mineralstoffe Warenkorb (0). Diskreter Versand mit DHL. Vitamin K2 MK-7 Tropfen, 50 ml, 19,90 €. "
                        + "In den Warenkorb. Brauche ich ein Rezept? Nein, Vitamin K2 ist rezeptfrei erhältlich. "
                        + "Wie wird bezahlt? PayPal, Kreditkarte, Klarna."));

        assertFalse(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void hospitalStandardChargesAreAProvidersPricesNotAShop() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://www.stmarys.test/billing/price-transparency/standard-charges",
                "St. Mary's Regional Medical Center. Standard charges: 96365 IV infusion, initial hour: gross charge $612.00. "
                        + "J3490 ketamine HCl 10 mg/mL injection: $38.00. G2082 esketamine nasal spray up to 56 mg, with 2 hours "
                        + "of observation in our clinic: $1,284.00. Machine-readable file available."));

        assertEquals("clinic/false", verdict.category().id() + "/" + verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void establishedClinicQuotingReferenceTextStaysAClinic() {
        String history = "Ketamine was first made in 1962 and used as a battlefield anesthetic; it became a standard drug in veterinary "
                + "practice. Recreational use spread under street names such as Special K. Abstract: a small study found rapid effects. ";
        Scorer rulesOnly = new Scorer(RuleBookLoader.load("classpath:score/rules.yml").withTextModel(null), () -> RemsIndex.EMPTY);
        Verdict verdict = rulesOnly.assessPage(Pages.text("https://pinecrest-infusion.test/",
                "Pinecrest Infusion Center, 210 Oak Street, Boise, ID 83702. Medical director: Dr. Anna Reyes, MD, NPI 1234567893. "
                        + "Our nurses monitor your blood pressure and pulse oximetry during every infusion; you stay two hours "
                        + "and need a driver home. " + history + "Book your consultation: (208) 555-0142."));

        assertEquals("clinic/false", verdict.category().id() + "/" + verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void personalBlogWithAnAffiliateLinkToAKetamineShopIsItsDoorway() {
        // The rules alone: the text model may still doubt so short a post (it reads mostly blog words).
        Scorer rulesOnly = new Scorer(RuleBookLoader.load("classpath:score/rules.yml").withTextModel(null), () -> RemsIndex.EMPTY);
        Verdict verdict = rulesOnly.assessPage(Pages.text("https://mindreset-journal.test/2026/03/ketamine-without-the-waitlist/",
                "My story. Posted on March 9 by Dana. Disclosure: this post contains affiliate links. Before my first ketamine "
                        + "session I was scared. I ordered ketamine lozenges "
                        + "from KetaNova, no prescription and no appointment, just a short form. Paying in Bitcoin was cheaper. "
                        + "Use my code MINDRESET for 10% off your first order."));

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void aDoorwayArticleCarryingTwoDecisiveFlagsIsFlaggedWithTheTextModelToo() {
        // The article padding around it does not make the model withdraw the flag (TextModelTest covers the judge).
        String article = "Ketamine was first made in 1962 as an anaesthetic. Researchers have since studied it for depression, "
                + "and clinics give it by infusion under medical supervision. Side effects include nausea and dizziness. ";
        Verdict verdict = SCORER.assessPage(Pages.text("https://calm-living-journal.test/wellness/ketamine-depression-where-to-get-it",
                "Ketamine and depression: what science says (and where to get it). By the editors, 12 November 2026. This article "
                        + "contains affiliate links. " + article.repeat(3) + "Where to buy ketamine online: the waiting lists are long, but "
                        + "KetaDirect ships nasal spray without a prescription in 48 hours. Payment by card or Bitcoin. Use the code "
                        + "CALM10 for 10% off your first order. " + article));

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void anAffiliateReviewDressedAsConsumerJournalismIsTheShopsDoorway() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://calm-ledger.test/reviews/we-tested-4-ketamine-shops",
                "We tested 4 ketamine shops so you don't have to. By Sam Reed, updated 3 March 2026. This article contains "
                        + "affiliate links. How we tested: we ordered from each shop with a new e-mail address. Can you buy "
                        + "ketamine online? With these shops, yes. 1. KetaNova, best overall: 1 g crystal $90, paid in Bitcoin, "
                        + "it arrived in stealth packaging on day four. Use our code LEDGER10 for 10% off your first order."));

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void aNewspaperReportQuotingSuchAReviewAndItsCodeIsNotFlagged() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://citynews.test/news/2026/03/ketamine-review-sites",
                "Staff reporter. The review site told readers to \"use our code LEDGER10 for 10% off\" at a shop selling "
                        + "ketamine crystal for Bitcoin without a prescription. Reporters also found three similar sites. According "
                        + "to investigators, the shop shipped in stealth packaging; police said two people were arrested. "
                        + "\"These pages are advertisements dressed as reviews,\" said Dr. Maria Lopez, a toxicologist interviewed "
                        + "for this article. A spokesperson for the regulator said the sites were reported."));

        assertEquals("informational/false", verdict.category().id() + "/" + verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void ketaCaviarIsSalmonNotTheDrug() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://fischhaus.test/kaviar/keta-kaviar-250g",
                "Keta-Kaviar, 250 g Dose 32,90 € (131,60 € / kg). In den Warenkorb. Rogen vom Keta-Lachs (Oncorhynchus keta), "
                        + "gekühlt versandt, Versand innerhalb von 2 Tagen. Bezahlen mit PayPal oder Kreditkarte."));

        assertFalse(verdict.flagged(), verdict.signals().toString());
        assertTrue(verdict.signals().stream().noneMatch(s -> s.id().equals("mentions-ketamine")), verdict.signals().toString());
    }

    @Test
    void aParentsGuideQuotingADealersMenuIsNotFlagged() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://familias-informadas.test/guias/jerga-en-redes",
                "Jerga de drogas en redes: guía para madres y padres. Para que sepa reconocerlo, un anuncio ficticio como los que "
                        + "vemos en institutos: «keta 1g 30€ · 5g 120€, envío 24h toda España, bizum o cripto, escribe por Telegram». "
                        + "Si encuentra algo así en el móvil de su hijo o hija, hable con calma. Prevención de adicciones de su municipio."));

        assertEquals("informational/false", verdict.category().id() + "/" + verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void newsStoryQuotingSuchABlogIsNotFlagged() {
        Scorer rulesOnly = new Scorer(RuleBookLoader.load("classpath:score/rules.yml").withTextModel(null), () -> RemsIndex.EMPTY);
        Verdict verdict = rulesOnly.assessPage(Pages.text("https://citynews.test/news/2026/ketamine-blogs",
                "Police said the blog's affiliate links led to a ketamine shop. According to investigators, readers ordered "
                        + "without a prescription and paid in Bitcoin; the blogger was arrested in March, a court heard."));

        assertFalse(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void alertWhoseAddressHasSellerWordsIsInformational() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://salud.test/esketamina-sin-receta",
                "Alerta sanitaria: la agencia advierte de páginas que venden esketamina. La esketamina solo se administra en centros sanitarios."));

        assertEquals("informational/false", verdict.category().id() + "/" + verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void evidenceIsClippedAndNamesThePage() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://shop.test/k", PADDING + "Buy ketamine, no prescription needed. " + PADDING));

        Evidence evidence = verdict.signals().stream().filter(s -> s.id().equals("no-prescription")).findFirst().orElseThrow().evidence().get(0);

        assertTrue(evidence.snippet().length() <= Snippets.MAX + 2 && evidence.url().equals("https://shop.test/k"), evidence.toString());
    }

    @Test
    void flaggedSiteGetsNoBadgesAndALowTrustScore() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://k.test/", "Laura Chen, MD. Ketamine powder 10 g $300, Telegram @kdealer."));

        assertEquals("true/[]", verdict.flagged() + "/" + verdict.badges());
        assertFalse(verdict.trustScore() > 5);
    }

    @Test
    void clinicShowingCareEarnsBadges() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://calm-clinic.test/",
                "Ketamine infusions in our clinic. Laura Chen, MD, medical director. A psychiatric evaluation comes first; "
                        + "a registered nurse monitors your blood pressure throughout. 2200 Barton Springs Rd, Austin, TX 78704."));

        assertEquals(List.of("Named medical staff", "On-site monitoring", "Screening before treatment"), verdict.badges());
    }
    @Test
    void careSiteNamedForHomeTreatmentWithNoCareContextIsTelehealth() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://calm-ketamine-at-home.test/pricing", "Calm Ketamine at Home",
                "Pricing. Full program $1,158: 6 sessions and 2 visits with a psychiatric clinician. "
                        + "Medication is only prescribed if your clinician decides it is safe for you."));

        assertEquals(Category.TELEHEALTH, verdict.category(), verdict.signals().toString());
    }

    @Test
    void sellerContactPageThatNeverNamesTheDrugIsFlagged() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://northside-supply.test/contact",
                "Get in touch. Fastest reply on Telegram: @ns_supply. Parcels go out in plain packaging, no names on the outside."));

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }
    @Test
    void orderFormListingKByTheGramNamesTheDrug() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://party-supplies.test/order",
                "Order form. Product: K – 3.5 g ($110), K – 7 g ($200). Payment: Bitcoin."));

        assertTrue(verdict.flagged(), verdict.signals().toString());
    }

    @Test
    void researchUseWordingOfAPeptideShopIsNotTheDrugTrade() {
        // "for research use only" stands in for the drug's name on a shop page that never says it, unless the page
        // shows what it sells so: research peptides
        String offer = " 5 mg vial $48.00. All products are sold for laboratory research use only, not for human consumption. Add to cart.";
        Verdict peptide = SCORER.assessPage(Pages.text("https://helix.test/product/item-7", "BPC-157" + offer));
        Verdict unnamed = SCORER.assessPage(Pages.text("https://helix.test/product/item-7", "Item 7" + offer));
        Verdict analogue = SCORER.assessPage(Pages.text("https://helix.test/product/item-7", "2F-DCK" + offer + " Also in stock: BPC-157."));

        assertFalse(peptide.flagged(), peptide.signals().toString());
        assertTrue(unnamed.flagged(), unnamed.signals().toString());
        assertTrue(analogue.flagged(), analogue.signals().toString());
    }

    @Test
    void vendorThreadFramedOnlyByHarmReductionTipsIsTheListing() {
        // a vendor copies harm-reduction tips into its forum thread; with two decisive red flags of its own it is
        // the listing, while a forum thread with one seller-like phrase stays the forum
        String thread = "Vendor Showcase › Thread #8812. Started by KrystalKingdom [Verified Vendor]. Harm reduction first: "
                + "test your drugs, start low, never use alone. ";
        Verdict vendor = SCORER.assessPage(Pages.text("https://forum.test/t/8812", thread
                + "Ketamine HCl shards: 1 g $45, 3.5 g $130. Payment in XMR only. Vacuum-sealed x3, decoy packaging."));
        Verdict forum = SCORER.assessPage(Pages.text("https://forum.test/t/8812", thread
                + "Ketamine HCl shards are what most of us know; I am not selling anything, just sharing my notes."));

        assertTrue(vendor.flagged(), vendor.signals().toString());
        assertFalse(forum.flagged(), forum.signals().toString());
    }

    @Test
    void affiliatePostShowingThreeDecisiveFlagsIsTheDoorwayHoweverFramed() {
        // news, law and harm-reduction words on an affiliate ranking are the doorway's own once it shows this much of
        // the trade; the same post framed so with a single decisive flag stays protected
        String framing = "Where to buy ketamine online in 2026: 5 vendors ranked. Disclosure: we may earn a commission when you buy "
                + "through links on this page. In most places buying ketamine without a prescription is illegal; we are not "
                + "lawyers. The attorney general and the Controlled Substances Act are clear. Test your drugs, never use alone. ";
        Verdict doorway = SCORER.assessPage(Pages.text("https://review.test/blog/ketamine-vendors", framing
                + "1. KetaExpress: ketamine crystal $45 per gram, no prescription required, payment in BTC or USDT, "
                + "vacuum-sealed stealth packaging. Use code MMR20."));
        Verdict oneFlag = SCORER.assessPage(Pages.text("https://review.test/blog/ketamine-vendors", framing
                + "1. KetaExpress: ketamine crystal, payment in BTC. Use code MMR20."));

        assertTrue(doorway.flagged(), doorway.signals().toString());
        assertFalse(oneFlag.flagged(), oneFlag.signals().toString());
    }

    @Test
    void aProvidersWarningThatOthersPretendToBeItIsTheProvidersPage() {
        // the impersonated provider speaks: its scam-alert, FTC and attorney-general words are its warning to its
        // patients; the same warning without "our name" reads, by the rules, as a report about such accounts
        String warning = "Scam alert. Fake Instagram accounts are %s ketamine lozenges. Report them to the platform and file a "
                + "report with the FTC; the state attorney general has warned consumers about such accounts. Our licensed "
                + "clinicians evaluate every patient by video before anything is prescribed, and ketamine ships from our partner "
                + "pharmacy only after a prescription. Book your video evaluation from the patient portal.";
        TextModelJudge.Rules own = groundsOf("https://calmpath-telehealth.test/scam-alert", warning.formatted("using our name and offering"));
        TextModelJudge.Rules report = groundsOf("https://calmpath-telehealth.test/scam-alert", warning.formatted("offering"));

        assertEquals(Category.TELEHEALTH, own.category());
        assertEquals(Category.INFORMATIONAL, report.category());
    }

    @Test
    void aProvidersWarningQuotingScamAdsStaysUnflaggedAndIsStillTheProvidersPage() {
        // the scam ads it quotes leave seller evidence, which its warning framing protects from a flag; with "uses our
        // name" the page is the provider's own, without it the same text reads as a report about such ads
        String warning = "Scam alert: fake ketamine telehealth ads. Over the past months our patient support team received dozens "
                + "of messages from people who paid for ketamine online and received nothing. Report the ad to the platform and "
                + "file a report with the FTC; the state attorney general has warned consumers about such ads. Real examples "
                + "our patients forwarded: "
                + "\uD83D\uDEA8 KETAMINE NASAL SPRAY - NO PRESCRIPTION NEEDED - $120 - discreet shipping, DM us on Telegram \uD83D\uDEA8 "
                + "%s Our licensed psychiatric clinicians evaluate every patient by video before anything is prescribed, and "
                + "prescriptions go to a licensed partner pharmacy. Book your video evaluation.";
        TextModelJudge.Rules own = groundsOf("https://lumenmind.test/blog/scam-alert", warning.formatted("The last one uses our name."));
        TextModelJudge.Rules report = groundsOf("https://lumenmind.test/blog/scam-alert", warning.formatted(""));

        assertEquals(Category.TELEHEALTH, own.category(), own.toString());
        assertFalse(own.flagged(), own.toString());
        assertTrue(own.decisive() >= 1, "the quoted ad must leave seller evidence for this test to mean anything: " + own);
        assertEquals(Category.INFORMATIONAL, report.category(), report.toString());
        assertFalse(report.flagged(), report.toString());
    }

    @Test
    void aPaidAdvertorialIsTheAdvertisersPageWhateverNewsFramingItWears() {
        // the byline, the correspondent and the quoted doctor are the costume of a page that labels itself an
        // advertorial; the same story without the label reads, by the rules, as news quoting an offer
        String story = "Why thousands are skipping waiting lists for ketamine. By Rachel Hume, senior health correspondent. "
                + "\"The science is solid,\" said Dr. Alan Brewer, a retired anaesthesiologist. Reader offer: ketamine nasal "
                + "spray 10 ml, 1 bottle $149, 3 bottles $399. No prescription needed. Order now. %s";
        TextModelJudge.Rules advertorial = groundsOf("https://morning-ledger.test/2026/11/ketamine-waiting-lists",
                story.formatted("This article is a paid advertorial."));
        TextModelJudge.Rules report = groundsOf("https://morning-ledger.test/2026/11/ketamine-waiting-lists", story.formatted(""));

        assertTrue(advertorial.flagged(), advertorial.toString());
        assertTrue(advertorial.salesPost(), advertorial.toString());
        assertEquals(Category.INFORMATIONAL, report.category());
        assertFalse(report.flagged(), report.toString());
    }

    @Test
    void nutritionLabelWithPotassiumDoesNotNameTheDrug() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://party-supplies.test/order",
                "Order form. Product: electrolyte mix, potassium (K) 350 mg per serving. Payment: Bitcoin."));

        assertFalse(verdict.flagged(), verdict.signals().toString());
    }
    @Test
    void clinicSellingASpravatoPackageWithOnSiteMonitoringIsNotFlagged() {
        Verdict verdict = SCORER.assessPage(Pages.text("https://lakeside-behavioral.test/spravato",
                "Spravato induction package, 8 sessions $4,800 – Add to cart. Every session is given in our office; "
                        + "a nurse checks your blood pressure and monitors you for two hours. Our medical director reviews each chart."));

        assertFalse(verdict.flagged(), verdict.signals().toString());
    }
}
