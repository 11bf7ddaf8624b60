package org.clinicverify.extract;

import java.util.List;
import java.util.Set;

/**
 * Features of an online shop found on the page. Their presence is evidence, not a verdict: a
 * telehealth membership also has a checkout.
 *
 * @param products          products offered, with prices where shown
 * @param hasCart           an add-to-cart control or cart page
 * @param hasCheckout       a checkout or payment form
 * @param paymentMethods    canonical ids: "crypto", "gift-card", "western-union", "zelle", "moneygram", "card", ...
 * @param messagingContacts WhatsApp / Telegram / Wickr / Signal contacts as written
 * @param shippingClaims    sentences promising shipping ("discreet", "worldwide", "stealth", ...)
 */
public record ShopFeatures(List<Product> products,
                           boolean hasCart,
                           boolean hasCheckout,
                           Set<String> paymentMethods,
                           List<String> messagingContacts,
                           List<String> shippingClaims) {

    public static final ShopFeatures NONE = new ShopFeatures(List.of(), false, false, Set.of(), List.of(), List.of());
}
