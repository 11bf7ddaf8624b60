package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SiteAssemblerTest {

    private final Extractor extractor = new Extractor();
    private final SiteAssembler assembler = new SiteAssembler();

    private SiteProfile demo(String site) {
        return assembler.assemble(site, DemoWeb.extractSite(extractor, site));
    }

    private static List<String> cities(SiteProfile profile) {
        return profile.locations().stream().map(PracticeLocation::city).sorted().toList();
    }

    @Test
    void clearpathAssemblesToOneLocationPerCity() {
        assertEquals(List.of("Austin", "Dallas", "San Antonio"), cities(demo("clearpath-ketamine-centers")));
    }

    @Test
    void northcoastAssemblesToOneLocationPerCity() {
        assertEquals(List.of("Cincinnati", "Cleveland", "Columbus"), cities(demo("northcoast-behavioral-health")));
    }

    @Test
    void rockyMountainAssemblesToOneLocationPerCity() {
        assertEquals(List.of("Boulder", "Colorado Springs", "Denver", "Fort Collins"), cities(demo("rocky-mountain-ketamine-group")));
    }

    @Test
    void locationKeepsTheMostCompleteSightingAndTheOrganisationsName() {
        SiteProfile profile = demo("clearpath-ketamine-centers");

        PracticeLocation dallas = profile.locations().stream().filter(l -> l.city().equals("Dallas")).findFirst().orElseThrow();
        assertEquals(new PracticeLocation("ClearPath Ketamine Centers - Dallas", "3120 McKinney Ave, Suite 200", "Dallas", "TX",
                "75204", "US", "+12145550126", null, null, null), dallas);
    }

    @Test
    void siteNameComesFromStructuredData() {
        assertEquals("ClearPath Ketamine Centers", demo("clearpath-ketamine-centers").name());
    }

    @Test
    void siteNameFallsBackToTheSharedTitleSegment() {
        assertEquals("K Plug Direct", demo("k-plug-direct-menu").name());
    }

    @Test
    void cliniciansAreMergedAcrossPages() {
        SiteProfile profile = demo("clearpath-ketamine-centers");

        assertEquals(5, profile.clinicians().size(), profile.clinicians().toString());
    }

    @Test
    void treatmentsAndConditionsAreUnions() {
        SiteProfile profile = demo("clearpath-ketamine-centers");

        assertEquals(Set.of(Treatment.IV_INFUSION, Treatment.ESKETAMINE_NASAL_SPRAY), profile.treatments());
        assertTrue(profile.conditions().containsAll(Set.of("depression", "ptsd", "anxiety")), profile.conditions().toString());
    }

    @Test
    void sellerShopFeaturesAreMerged() {
        SiteProfile profile = demo("buy-ketamine-online-shop");

        assertTrue(profile.shop().hasCart());
        assertTrue(profile.shop().hasCheckout());
        assertEquals(Set.of("crypto", "zelle", "cash-app", "gift-card"), profile.paymentMethods());
        assertTrue(profile.shop().messagingContacts().contains("Telegram: @bko_support"));
        assertTrue(profile.shop().products().contains(new Product("Ketamine HCl Powder", "45", "USD", "gram")));
    }

    @Test
    void researchChemicalSellerHasProductsPaymentAndMessaging() {
        SiteProfile profile = demo("k-chems-supplier");

        assertTrue(profile.shop().products().size() >= 10, profile.shop().products().toString());
        assertEquals(Set.of("crypto", "western-union", "moneygram"), profile.paymentMethods());
        assertTrue(profile.shop().messagingContacts().contains("Wickr: kchems_bulk"), profile.shop().messagingContacts().toString());
    }

    @Test
    void plugMenuHasNoCartButMessagingAndShippingClaims() {
        SiteProfile profile = demo("k-plug-direct-menu");

        assertEquals(false, profile.shop().hasCart());
        assertTrue(profile.shop().messagingContacts().contains("Telegram: @kplugdirect"));
        assertTrue(profile.shop().shippingClaims().contains("Stealth guaranteed."), profile.shop().shippingClaims().toString());
    }

    @Test
    void pagesWithTheSameCanonicalCountOnce() {
        ExtractedPage home = extractor.extract(DemoWeb.page("clearpath-ketamine-centers", "index.html"));
        ExtractedPage alias = withUrl(home, URI.create(DemoWeb.BASE + "/home.html"), URI.create(DemoWeb.BASE + "/"));
        ExtractedPage canonical = withUrl(home, URI.create(DemoWeb.BASE + "/"), URI.create(DemoWeb.BASE + "/"));

        SiteProfile profile = assembler.assemble("h", List.of(canonical, alias));

        assertEquals(1, profile.pageCount());
    }

    @Test
    void locationWithoutPhoneGetsTheSitesMainPhone() {
        ExtractedPage home = extractor.extract(DemoWeb.html("index.html",
                "<p>Call (303) 555-0101.</p><p>Main office<br>100 Main St<br>Denver, CO 80202</p>"));

        SiteProfile profile = assembler.assemble("h", List.of(home));

        assertEquals(null, home.locations().get(0).phoneE164());
        assertEquals("+13035550101", profile.locations().get(0).phoneE164());
    }

    @Test
    void noPagesGiveAnEmptyProfile() {
        SiteProfile profile = assembler.assemble("h", List.of());

        assertEquals(new SiteProfile("h", null, List.of(), List.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(),
                ShopFeatures.NONE, 0, Set.of()), profile);
    }

    private static ExtractedPage withUrl(ExtractedPage p, URI url, URI canonical) {
        return new ExtractedPage(url, canonical, p.language(), p.title(), p.text(), p.metadata(), p.links(), p.robotsNoindex(),
                p.robotsNofollow(), p.structuredItems(), p.locations(), p.clinicians(), p.treatments(), p.conditions(),
                p.insurance(), p.phones(), p.shop());
    }
}
