package org.clinicverify.score;

import java.time.LocalDate;

/**
 * One certified healthcare setting of the Spravato REMS registry, as imported.
 *
 * @param certificationId   the registry's id (unique)
 */
public record RemsEntry(String name, String street, String city, String state, String zip, String phone,
                        String certificationId, LocalDate certificationDate) {
}
