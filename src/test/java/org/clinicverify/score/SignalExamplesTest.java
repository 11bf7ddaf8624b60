package org.clinicverify.score;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.clinicverify.extract.ExtractedPage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each signal fires on a page that shows it and stays silent on a similar page that does not. */
class SignalExamplesTest {

    private static final Scorer SCORER = new Scorer(RuleBookLoader.load("classpath:score/rules.yml"), () -> RemsIndex.EMPTY);
    private static final String CLINIC = "https://example-clinic.test/";

    static Stream<Arguments> positives() {
        return Stream.of(
                Arguments.of("rems-claim-unverified", CLINIC, "We are a Spravato REMS-certified treatment center."),
                Arguments.of("named-prescriber", CLINIC, "Meet Laura Chen, MD, our psychiatrist."),
                Arguments.of("medical-director", CLINIC, "Our medical director reviews every chart."),
                Arguments.of("valid-npi", CLINIC, "Laura Chen, MD · NPI 1234567893"),
                Arguments.of("invalid-npi", CLINIC, "Laura Chen, MD · NPI 1234567890"),
                Arguments.of("on-site-monitoring", CLINIC, "You are monitored by a registered nurse throughout the infusion."),
                Arguments.of("vital-signs", CLINIC, "We check blood pressure and use pulse oximetry."),
                Arguments.of("observation-time", CLINIC, "You stay with us for at least two hours after the dose."),
                Arguments.of("driver-required", CLINIC, "Please arrange a ride home; do not drive until the next day."),
                Arguments.of("medical-evaluation", CLINIC, "Every patient has a psychiatric evaluation before treatment."),
                Arguments.of("contraindications", CLINIC, "Ketamine is not for people with uncontrolled high blood pressure or psychosis."),
                Arguments.of("side-effects", CLINIC, "Common side effects include nausea and dizziness."),
                Arguments.of("prescription-required", CLINIC, "Treatment requires a valid prescription."),
                Arguments.of("licensed-prescribers", CLINIC, "Our licensed psychiatric clinicians see you by video."),
                Arguments.of("us-street-address", CLINIC, "Visit us at 2200 Barton Springs Rd, Suite 4, Austin, TX 78704."),
                Arguments.of("phone", CLINIC, "Call (512) 555-0147 to book."),
                Arguments.of("privacy-notice", CLINIC, "Read our HIPAA Notice of Privacy Practices."),
                Arguments.of("no-prescription", CLINIC, "Buy ketamine online, no prescription needed."),
                Arguments.of("no-prescription", CLINIC, "Ketamine crystal: you do not need a prescription to order from us."),
                Arguments.of("price-per-unit", CLINIC, "Ketamine crystal 5 g $210, 10 g $380."),
                Arguments.of("minimum-order", CLINIC, "Ketamine vials: minimum order 10 vials."),
                Arguments.of("drug-form-for-sale", CLINIC, "Premium ketamine powder in stock."),
                Arguments.of("research-chemical", CLINIC, "Ketamine analogue sold as a research chemical, not for human consumption."),
                Arguments.of("spravato-home-or-shipped", CLINIC, "Spravato nasal spray ships to your door in 3 days."),
                Arguments.of("stealth-shipping", CLINIC, "Ketamine with stealth shipping, vacuum-sealed."),
                Arguments.of("discreet-shipping", CLINIC, "Ketamine with discreet packaging and worldwide shipping."),
                Arguments.of("crypto-payment", CLINIC, "Ketamine orders: pay with Bitcoin or USDT."),
                Arguments.of("gift-card-or-zelle-payment", CLINIC, "Ketamine orders: we accept payment by Amazon gift cards."),
                Arguments.of("messenger-ordering", CLINIC, "Order ketamine on Telegram: @kplug"),
                Arguments.of("whatsapp-ordering", CLINIC, "Ketamine: order via WhatsApp +44 7700 900123"),
                Arguments.of("several-controlled-drugs", CLINIC, "Ketamine, MDMA, cocaine and Xanax in stock."),
                Arguments.of("recreational-language", CLINIC, "Ketamine for the perfect party weekend, reach the k-hole."),
                Arguments.of("cart-checkout", CLINIC, "Ketamine 1 g. Add to cart."),
                Arguments.of("shop-structure", CLINIC, "Ketamine crystal. Sort by: price. Showing 1–12 of 48 results."),
                Arguments.of("shop-structure", CLINIC, "Ketamine 50 mg tabletten. Vandaag besteld, morgen in huis."),
                Arguments.of("shop-structure", CLINIC, "Track your order: enter your order number to see your ketamine shipment."),
                Arguments.of("context-compounding-pharmacy", CLINIC, "Notre pharmacie réalise des préparations magistrales de kétamine."),
                Arguments.of("crypto-payment", CLINIC, "Ketamine shards, payment in LTC only."),
                Arguments.of("marketplace-listing", CLINIC, "[VENDOR] UK ketamine, serious buyers only."),
                Arguments.of("medical-evaluation", CLINIC, "Includes a clinician evaluation; your clinician decides whether to prescribe ketamine."),
                Arguments.of("context-consumer-warning", CLINIC, "Can you buy ketamine online legally? Only with a prescription."),
                Arguments.of("context-forum-media", CLINIC, "r/KetamineTherapy · u/quiet: my first ketamine infusion was last week."),
                Arguments.of("no-prescription", CLINIC, "Ketamine 500mg/10ml injectables, no license needed."),
                Arguments.of("drug-form-for-sale", CLINIC, "Ketamine for sale. Contact us for prices."),
                Arguments.of("spravato-home-or-shipped", CLINIC, "Esketamine nasal spray 56 mg. Buy online, worldwide delivery."),
                Arguments.of("context-reference", CLINIC, "Ketalar. Dosage: 1-4.5 mg/kg IV. Available as 10 mg/ml and 50 mg/ml vials."),
                Arguments.of("context-licensed-wholesale", CLINIC, "Ketamine certified reference material. DEA license required to order."),
                Arguments.of("context-news", CLINIC, "The hospital announced today that it will open a Spravato program, the department chair said."),
                Arguments.of("drug-form-for-sale", CLINIC, "Venta de ketamina de calidad farmacéutica."),
                Arguments.of("whatsapp-ordering", CLINIC, "Venda de cetamina. Chame no WhatsApp."),
                Arguments.of("context-editorial", CLINIC, "Ketamine infusions usually cost $400 to $800; ask your clinic about payment plans."),
                Arguments.of("fake-seals", CLINIC, "Ketamine from a 100% legit vendor, guaranteed delivery."),
                Arguments.of("no-address-no-clinician", CLINIC, "Ketamine information."),
                Arguments.of("seller-url", "https://k-shop.test/store/item", "Ketamine."),
                Arguments.of("drug-for-sale-url", "https://example.test/buy-ketamine-online", "Loading..."),
                Arguments.of("editorial-url", "https://valley-ketamine.test/blog/can-you-buy-ketamine-online", "Ketamine."),
                Arguments.of("provider-voice", CLINIC, "Our nurses monitor every infusion. Book your visit."),
                Arguments.of("context-editorial", CLINIC, "Medically reviewed by a psychiatrist. Updated on June 2, 2025."),
                Arguments.of("context-telehealth", CLINIC, "Meet your psychiatrist in a video visit."),
                Arguments.of("context-in-person", CLINIC, "Infusions are given in our clinic."),
                Arguments.of("context-news", CLINIC, "The company said in a statement that sales had stopped, according to police."),
                Arguments.of("context-law", CLINIC, "Our criminal defense attorneys offer a free case review."),
                Arguments.of("context-government", CLINIC, "The Department of Public Health issued a consumer alert."),
                Arguments.of("context-harm-reduction", CLINIC, "Harm reduction: use drug checking and never use alone."),
                Arguments.of("context-addiction-treatment", CLINIC, "Our addiction treatment program includes medical detox."),
                Arguments.of("context-research", CLINIC, "The principal investigator is enrolling participants (IRB approved)."),
                Arguments.of("context-reference", CLINIC, "Ketamine pharmacokinetics, from our drug monograph."),
                Arguments.of("context-consumer-warning", CLINIC, "How to spot a scam: the red flags."),
                Arguments.of("context-advocacy", CLINIC, "We are a nonprofit. Donate to our support groups."),
                Arguments.of("context-forum-media", CLINIC, "Ep. 112 of our podcast, with a full transcript."),
                Arguments.of("context-compounding-pharmacy", CLINIC, "We are a compounding pharmacy licensed by the State Board of Pharmacy."),
                Arguments.of("context-licensed-wholesale", CLINIC, "We sell to DEA-registered facilities only, with a DEA Form 222."),
                Arguments.of("price-per-unit", CLINIC, "Vetalar-V 100 mg/ml injection: 5 vials $350."),
                Arguments.of("price-per-unit", CLINIC, "Very clean K crystal, 30/g, 120 for 5."),
                Arguments.of("no-prescription", CLINIC, "Ketaset 100 mg/ml vials. No vet script required."),
                Arguments.of("no-prescription", CLINIC, "Kétamine en flacons. Pas d'ordonnance nécessaire."),
                Arguments.of("messenger-ordering", CLINIC, "Ketamine shards, add me on wickr for the menu."),
                Arguments.of("discreet-shipping", CLINIC, "Ketamine crystal, we ship to all EU from NL."),
                Arguments.of("context-editorial", CLINIC, "Spravato price guide: the list price is about $900 per dose pack."),
                Arguments.of("price-list", CLINIC, "Ketamine prices: 1 g – $45 | 3.5 g – $140 | 7 g – $250"),
                Arguments.of("price-list", CLINIC, "DCK 5g 60eur / 10g 100eur / 25g 220eur"),
                Arguments.of("price-per-unit", CLINIC, "KÉTA qualité top, 40€ le g."),
                Arguments.of("price-per-unit", CLINIC, "u still got the ket? ye fresh in. 40 a g or 3 for 100"),
                Arguments.of("messenger-ordering", CLINIC, "Ketamine shards; your tracking number is sent by encrypted message."),
                Arguments.of("no-prescription", CLINIC, "Faut-il une ordonnance pour la kétamine ? Non, vous commandez sans consultation."),
                Arguments.of("context-telehealth", CLINIC, "Your ketamine care kit arrives at your door."),
                Arguments.of("context-telehealth", CLINIC, "Our clinicians currently see patients in: Arizona, Colorado, Texas."),
                Arguments.of("context-research", CLINIC, "In this cross-sectional study we identified 112 online ketamine sellers."),
                Arguments.of("context-news", CLINIC, "Few rules govern ketamine clinics, patients and doctors say."),
                Arguments.of("no-prescription", CLINIC, "Ketanest S: Bestellung ohne ärztliches Rezept möglich."),
                Arguments.of("no-prescription", CLINIC, "Imalgène (kétamine) 100 mg/ml, vendu aux particuliers."),
                Arguments.of("price-per-unit", CLINIC, "Ketanest S 25 mg/ml: 79,90 € je Packung."),
                Arguments.of("messenger-ordering", CLINIC, "Ketamine crystal, 24/7 support on Telegram."),
                Arguments.of("stealth-shipping", CLINIC, "Ketamine crystal: free reship if your package is seized."),
                Arguments.of("context-licensed-wholesale", CLINIC, "Ketamine 100 mg/ml, available only to licensed veterinarians."),
                Arguments.of("context-law", CLINIC, "De rechtbank veroordeelt de verdachte tot 30 maanden gevangenisstraf."),
                Arguments.of("stealth-shipping", CLINIC, "Your order: crystal 5g. Shipping (stealth, tracked) $15."),
                Arguments.of("drug-for-sale-url", "https://compra-ketamina-br.test/contato", "Fale conosco."),
                Arguments.of("marketplace-listing", CLINIC, "keta top qualidade, entregas em mão Lisboa, mensagem privada para preços"),
                Arguments.of("context-telehealth", CLINIC, "Our psychiatrists see you by video and follow you remotely."),
                Arguments.of("drug-offered", CLINIC, "keta top qualidade, mensagem privada"),
                Arguments.of("stealth-shipping", CLINIC, "Kétamine : en cas de saisie par la douane, nous renvoyons votre commande."),
                Arguments.of("discreet-shipping", CLINIC, "Kétamine : les colis partent en emballage neutre."),
                Arguments.of("messenger-ordering", CLINIC, "Kétamine en poudre. Commande via Signal uniquement."),
                Arguments.of("drug-form-for-sale", CLINIC, "Kétamine de qualité pharmaceutique, en poudre ou en cristaux."),
                Arguments.of("context-consumer-warning", CLINIC, "Kétamine : les sites qui en vendent sans ordonnance sont illégaux."),
                Arguments.of("messenger-ordering", CLINIC, "Kétamine : pour commander, écrivez-nous sur Wickr (ventek)."),
                Arguments.of("spravato-home-or-shipped", CLINIC, "Spravato a domicilio: recibe tu esketamina sin pasar por la clínica."),
                Arguments.of("discreet-shipping", CLINIC, "Ketamin: deine Bestellung wird diskret verschickt."),
                Arguments.of("several-controlled-drugs", CLINIC, "UK based, next day. K · MDMA · 2CB · coke. Menu on request."));
    }

    static Stream<Arguments> negatives() {
        return Stream.of(
                Arguments.of("rems-claim-unverified", CLINIC, "We offer Spravato treatment."),
                Arguments.of("named-prescriber", CLINIC, "Our team of caring professionals."),
                Arguments.of("medical-director", CLINIC, "Our director of marketing."),
                Arguments.of("valid-npi", CLINIC, "Laura Chen, MD · NPI 1234567890"),
                Arguments.of("invalid-npi", CLINIC, "Laura Chen, MD · NPI 1234567893"),
                Arguments.of("on-site-monitoring", CLINIC, "Take it whenever you like."),
                Arguments.of("vital-signs", CLINIC, "Feel relaxed and calm."),
                Arguments.of("observation-time", CLINIC, "Back to work right away."),
                Arguments.of("driver-required", CLINIC, "Leave whenever you want."),
                Arguments.of("medical-evaluation", CLINIC, "Sign up in one minute."),
                Arguments.of("contraindications", CLINIC, "Everyone is welcome."),
                Arguments.of("side-effects", CLINIC, "Totally safe for everyone."),
                Arguments.of("prescription-required", CLINIC, "Order today."),
                Arguments.of("licensed-prescribers", CLINIC, "Our friendly team."),
                Arguments.of("us-street-address", CLINIC, "We ship from our warehouse."),
                Arguments.of("phone", CLINIC, "Order number 12345."),
                Arguments.of("privacy-notice", CLINIC, "Welcome."),
                Arguments.of("no-prescription", CLINIC, "Sites that sell ketamine without a prescription are illegal."),
                Arguments.of("price-per-unit", CLINIC, "A ketamine infusion costs $450 per session."),
                Arguments.of("minimum-order", CLINIC, "Ketamine infusions in our clinic."),
                Arguments.of("drug-form-for-sale", CLINIC, "Ketamine infusions in our clinic."),
                Arguments.of("drug-form-for-sale", CLINIC, "Can you buy ketamine powder online?"),
                Arguments.of("drug-form-for-sale", CLINIC, "Ketamine for sale on Instagram: dealers advertise openly, police warn."),
                Arguments.of("shop-structure", CLINIC, "Ketamine infusions in our clinic. Sort your questions by topic in our FAQ."),
                Arguments.of("shop-structure", CLINIC, "Ketamine infusions in our clinic. Availability: Monday to Friday."),
                Arguments.of("context-compounding-pharmacy", CLINIC, "Prescriptions go to our partner pharmacy, which ships your ketamine troches."),
                Arguments.of("no-prescription", CLINIC, "Can you get ketamine without a prescription? No."),
                Arguments.of("research-chemical", CLINIC, "Our research on ketamine is published in peer-reviewed journals."),
                Arguments.of("spravato-home-or-shipped", CLINIC, "Spravato is never dispensed for use at home."),
                Arguments.of("stealth-shipping", CLINIC, "Ketamine lozenges from a licensed pharmacy."),
                Arguments.of("discreet-shipping", CLINIC, "Ketamine care in our office."),
                Arguments.of("crypto-payment", CLINIC, "Ketamine infusions: we accept cards and HSA."),
                Arguments.of("gift-card-or-zelle-payment", CLINIC, "Ketamine infusion gift certificates for a loved one."),
                Arguments.of("messenger-ordering", CLINIC, "Ketamine sessions: message your care team in the app."),
                Arguments.of("whatsapp-ordering", CLINIC, "Ketamine infusions: call us."),
                Arguments.of("several-controlled-drugs", CLINIC, "Ketamine infusions for depression."),
                Arguments.of("recreational-language", CLINIC, "Ketamine for treatment-resistant depression."),
                Arguments.of("cart-checkout", CLINIC, "Ketamine infusions, book online."),
                Arguments.of("fake-seals", CLINIC, "Ketamine infusions, accredited by the Joint Commission."),
                Arguments.of("no-address-no-clinician", CLINIC, "Laura Chen, MD, 2200 Barton Springs Rd, Austin, TX 78704."),
                Arguments.of("seller-url", "https://valley-ketamine.test/team", "Ketamine."),
                Arguments.of("drug-for-sale-url", "https://example.test/shop/gift-cards", "Loading..."),
                Arguments.of("editorial-url", "https://buy-ketamine.test/blog/ketamine-guide", "Ketamine."),
                Arguments.of("provider-voice", CLINIC, "Clinics monitor patients during each infusion."),
                Arguments.of("context-editorial", CLINIC, "Our nurses monitor every infusion."),
                Arguments.of("context-telehealth", CLINIC, "Visit our office."),
                Arguments.of("context-in-person", CLINIC, "Answer a few questions."),
                Arguments.of("context-news", CLINIC, "Book your appointment today."),
                Arguments.of("context-law", CLINIC, "Book your appointment today."),
                Arguments.of("context-government", CLINIC, "File a complaint with the U.S. Department of Health and Human Services."),
                Arguments.of("context-harm-reduction", CLINIC, "Book your appointment today."),
                Arguments.of("context-addiction-treatment", CLINIC, "Book your appointment today."),
                Arguments.of("context-research", CLINIC, "Studies show ketamine can help."),
                Arguments.of("context-reference", CLINIC, "Ketamine is an anesthetic."),
                Arguments.of("context-consumer-warning", CLINIC, "Book your appointment today."),
                Arguments.of("context-advocacy", CLINIC, "Book your appointment today."),
                Arguments.of("context-forum-media", CLINIC, "Book your appointment today."),
                Arguments.of("context-compounding-pharmacy", CLINIC, "Book your appointment today."),
                Arguments.of("context-licensed-wholesale", CLINIC, "Book your appointment today."),
                Arguments.of("vital-signs", CLINIC, "Side effects of ketamine include nausea and a rise in blood pressure."),
                Arguments.of("no-prescription", CLINIC, "Kétamine sur internet : mise en garde. Des sites proposent de la kétamine sans ordonnance."),
                Arguments.of("price-per-unit", CLINIC, "Ketamine 0.5 mg/kg is infused over 40 minutes."),
                Arguments.of("messenger-ordering", CLINIC, "Ketamine care: add us on your calendar."),
                Arguments.of("price-list", CLINIC, "In the UK ketamine typically cost £20–£30 per gram in 2024."),
                Arguments.of("price-per-unit", CLINIC, "La ketamina se vende a 30 euros el gramo en las discotecas."),
                Arguments.of("price-per-unit", CLINIC, "Spravato 84 mg session: $1,100, including two hours of observation."),
                Arguments.of("price-per-unit", CLINIC, "The median price was US$48 per gram of ketamine powder."),
                Arguments.of("no-prescription", CLINIC, "In our sample, 91% of sites sold ketamine without a prescription."),
                Arguments.of("context-telehealth", CLINIC, "Our doctors see patients in our Denver office."),
                Arguments.of("context-research", CLINIC, "Some studies compare ketamine with ECT, with mixed results. Scientists disagree."),
                Arguments.of("no-prescription", CLINIC, "Ketamin zu Hause: kein Rezept ohne ärztliche Untersuchung."),
                Arguments.of("stealth-shipping", CLINIC, "Police said the ketamine was seized in vacuum-sealed bags."),
                Arguments.of("no-prescription", CLINIC, "Ketamine vials: we do not sell to private individuals."),
                Arguments.of("observation-time", CLINIC, "Questions about ketamine? We reply within 2 hours."),
                Arguments.of("stealth-shipping", CLINIC, "Online vendors often promise stealth shipping for ketamine."),
                Arguments.of("price-per-unit", CLINIC, "Typical wholesale prices of ketamine to practices are €12–€20 per 10 ml vial."),
                Arguments.of("drug-offered", CLINIC, "La kétamine est disponible en flacons de 50 mg/5 ml, en usage hospitalier."),
                Arguments.of("no-prescription", CLINIC, "¿Se puede comprar ketamina sin receta? No."),
                Arguments.of("drug-offered", CLINIC, "Le prix de la kétamine dans la rue a baissé en 2025, selon l'observatoire."),
                Arguments.of("drug-offered", CLINIC, "Tratamiento con ketamina: precio y entrega de resultados en la consulta."),
                Arguments.of("context-research", CLINIC, "Our lab-tested ketamine powder makes measuring easy."),
                Arguments.of("stealth-shipping", CLINIC, "Ketamine troches: if your package is lost, we resend it."),
                Arguments.of("price-per-unit", CLINIC, "A cetamina é vendida em pó, por cerca de 30 euros o grama."),
                Arguments.of("no-prescription", CLINIC, "Ketamine 100 mg/ml vials are not sold to the public."),
                Arguments.of("no-prescription", CLINIC, "Ketamin: kein Verkauf an Privatpersonen."));
    }

    @ParameterizedTest(name = "{0} fires on: {2}")
    @MethodSource("positives")
    void signalFiresWhenThePageShowsIt(String signal, String url, String text) {
        List<String> fired = firedIds(Pages.text(url, text));

        assertTrue(fired.contains(signal), () -> signal + " did not fire; fired: " + fired);
    }

    @ParameterizedTest(name = "{0} silent on: {2}")
    @MethodSource("negatives")
    void signalStaysSilentWhenThePageDoesNotShowIt(String signal, String url, String text) {
        List<String> fired = firedIds(Pages.text(url, text));

        assertFalse(fired.contains(signal), () -> signal + " fired; fired: " + fired);
    }

    private static List<String> firedIds(ExtractedPage page) {
        return SCORER.assessPage(page).signals().stream().map(Signal::id).toList();
    }
}
