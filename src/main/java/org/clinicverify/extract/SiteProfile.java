package org.clinicverify.extract;

import java.util.List;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;

/**
 * What a whole site says about itself, assembled from its pages by {@link SiteAssembler}.
 *
 * @param host          the site's host (as given by the caller, e.g. "127.0.0.1:41234" or "example.com")
 * @param name          the site's name, if found
 * @param locations     distinct practice locations (one per address); each becomes a listing
 * @param clinicians    distinct clinicians, credentials merged
 * @param treatments    union over pages
 * @param conditions    union over pages (canonical ids)
 * @param insurance     union over pages
 * @param paymentMethods union of shop payment methods
 * @param phones        all phones in E.164, the site's main phone first
 * @param shop          shop features merged over pages
 * @param pageCount     distinct pages (duplicates by canonical URL counted once)
 * @param languages     languages seen on the site's pages
 */
public record SiteProfile(String host,
                          @Nullable String name,
                          List<PracticeLocation> locations,
                          List<Clinician> clinicians,
                          Set<Treatment> treatments,
                          Set<String> conditions,
                          Set<String> insurance,
                          Set<String> paymentMethods,
                          List<String> phones,
                          ShopFeatures shop,
                          int pageCount,
                          Set<String> languages) {
}
