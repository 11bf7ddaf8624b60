package org.clinicverify.partner;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code create-key --kind publishable --origin https://partner.example --scope search --scope verify
 * --plan standard NAME}: prints the new key once; only its hash is stored.
 */
@Command(name = "create-key", description = "Create a partner API key; the key is printed once and stored only as a hash.")
public final class CreateKeyCommand implements Runnable {

    @Option(names = "--kind", required = true, description = "secret (servers) or publishable (browsers): ${COMPLETION-CANDIDATES}",
            converter = KindConverter.class)
    KeyKind kind;

    @Option(names = "--origin", description = "Origin allowed to use a publishable key (repeatable), e.g. https://partner.example")
    List<String> origins = new ArrayList<>();

    @Option(names = "--scope", required = true, description = "search, verify or submit (repeatable)",
            converter = ScopeConverter.class)
    List<Scope> scopes = new ArrayList<>();

    @Option(names = "--plan", description = "A plan under clinicverify.partner.plans (default: clinicverify.partner.default-plan)")
    String plan;

    @Parameters(index = "0", description = "Name of the partner, shown to admins")
    String name;

    @Spec
    CommandSpec spec;

    @Inject
    ApiKeys keys;

    @Override
    public void run() {
        Set<Scope> scopeSet = EnumSet.copyOf(scopes);
        CreatedKey created;
        try {
            created = keys.create(new NewKey(name, kind, origins, scopeSet, plan));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PartnerKey key = created.key();
        spec.commandLine().getOut().printf("Created %s key %d (%s) for %s, plan %s, scopes %s%s%n",
                key.kind().name().toLowerCase(java.util.Locale.ROOT), key.id(), key.prefix(), key.name(), key.plan(),
                key.scopes(), key.allowedOrigins().isEmpty() ? "" : ", origins " + key.allowedOrigins());
        spec.commandLine().getOut().println("Key (shown only now; store it safely):");
        spec.commandLine().getOut().println(created.plainKey());
    }

    static final class KindConverter implements picocli.CommandLine.ITypeConverter<KeyKind> {
        @Override
        public KeyKind convert(String value) {
            return KeyKind.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    static final class ScopeConverter implements picocli.CommandLine.ITypeConverter<Scope> {
        @Override
        public Scope convert(String value) {
            return Scope.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
