package org.clinicverify.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** schema.org JSON-LD and microdata into items and locations. */
class StructuredDataTest {

    private final Extractor extractor = new Extractor();

    @Test
    void jsonLdGraphYieldsTheClinicWithNestedAddressFlattened() {
        ExtractedPage page = extractor.extract(Fixtures.page("jsonld-graph-clinic.html"));

        StructuredItem clinic = page.structuredItems().stream().filter(i -> i.type().equals("MedicalClinic")).findFirst().orElseThrow();
        assertEquals(StructuredItem.Source.JSON_LD, clinic.source());
        assertEquals("04101", clinic.properties().get("address.postalCode"));
        assertEquals("US", clinic.properties().get("address.addressCountry.name"));
    }

    @Test
    void jsonLdClinicBecomesALocationWithGeoPhoneAndOpeningHours() {
        ExtractedPage page = extractor.extract(Fixtures.page("jsonld-graph-clinic.html"));

        assertEquals(List.of(new PracticeLocation("Harbor Light Ketamine", "120 Exchange St, Suite 3", "Portland", "ME",
                "04101", "US", "+12075550131", 43.6573, -70.2547, "Monday,Tuesday 08:00-17:00")), page.locations());
    }

    @Test
    void jsonLdPhysicianNestedInAClinicIsAClinicianWithNpi() {
        ExtractedPage page = extractor.extract(Fixtures.page("jsonld-graph-clinic.html"));

        assertEquals(List.of(new Clinician("Rosa Delgado", List.of("MD"), "Medical Director", "1234567893")), page.clinicians());
    }

    @Test
    void nestedEntitiesAreAlsoReportedAsItemsOfTheirOwn() {
        ExtractedPage page = extractor.extract(Fixtures.page("jsonld-graph-clinic.html"));

        assertTrue(page.structuredItems().stream().anyMatch(i -> i.type().equals("Physician")
                && "Dr. Rosa Delgado".equals(i.properties().get("name"))), page.structuredItems().toString());
    }

    @Test
    void microdataClinicBecomesAnItemAndALocation() {
        ExtractedPage page = extractor.extract(Fixtures.page("microdata-clinic.html"));

        assertEquals(new PracticeLocation("Juniper Mood Clinic", "88 Canyon Rd", "Santa Fe", "NM", "87501", "US",
                "+15055550144", 35.6841, -105.931, "Mo-Fr 09:00-17:00"), page.locations().get(0));
        assertTrue(page.structuredItems().stream().anyMatch(i -> i.type().equals("MedicalClinic")
                && i.source() == StructuredItem.Source.MICRODATA && "Santa Fe".equals(i.properties().get("address.addressLocality"))));
    }

    @Test
    void microdataPhysicianWithHonorificSuffixIsAClinician() {
        ExtractedPage page = extractor.extract(Fixtures.page("microdata-clinic.html"));

        assertEquals(List.of(new Clinician("Samuel Okafor", List.of("DO"), null, null)), page.clinicians());
    }

    @Test
    void demoMicrodataPhysiciansKeepJobTitleAndNpi() {
        ExtractedPage page = extractor.extract(DemoWeb.page("meridian-mood", "clinicians.html"));

        assertTrue(page.clinicians().contains(new Clinician("Laurel Whitney", List.of("MD"),
                "Psychiatrist, chief medical officer", "1547997399")), page.clinicians().toString());
    }

    @Test
    void invalidJsonLdBlocksAreSkippedAndSloppyOnesAreRead() {
        ExtractedPage page = extractor.extract(Fixtures.page("invalid-jsonld.html"));

        assertEquals(List.of(new PracticeLocation("Aspen Ridge Infusions", "410 E Main St", "Aspen", "CO", "81611", "US",
                "+19705550119", null, null, null)), page.locations());
    }

    @Test
    void productOffersFromJsonLdBecomeProductsWithPriceCurrencyAndUnit() {
        ExtractedPage page = extractor.extract(Fixtures.page("product-offer.html"));

        assertEquals(List.of(new Product("Ketamine HCl 500mg/10ml", "1250.00", "USD", "box of 10 vials"),
                new Product("Ketamine Nasal Spray", "90", "USD", null),
                new Product("Ketamine Nasal Spray", "240", "USD", null)), page.shop().products());
    }

    @Test
    void demoSellerProductPageJsonLdOfferIsAProduct() {
        ExtractedPage page = extractor.extract(DemoWeb.page("buy-ketamine-online-shop", "shop/ketamine-powder.html"));

        assertTrue(page.shop().products().contains(new Product("Ketamine HCl Powder", "190.00", "USD", null)),
                page.shop().products().toString());
    }
}
