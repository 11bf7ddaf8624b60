package org.clinicverify.partner;

import java.util.List;
import java.util.Set;

/** What an admin asks for when creating a key. */
public record NewKey(String name, KeyKind kind, List<String> allowedOrigins, Set<Scope> scopes, String plan) {
}
