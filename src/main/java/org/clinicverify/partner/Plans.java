package org.clinicverify.partner;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.context.annotation.Context;
import org.clinicverify.SettingException;

/** The configured plans by name; fails at startup when a plan named in the settings is missing. */
@Context
public final class Plans {

    private final Map<String, Plan> byName;
    private final Plan anonymous;
    private final Plan visitor;
    private final String defaultPlan;

    Plans(List<Plan> plans, PartnerSettings settings) {
        this.byName = plans.stream().collect(Collectors.toUnmodifiableMap(Plan::name, Function.identity()));
        this.anonymous = required(settings.anonymousPlan(), "clinicverify.partner.anonymous-plan",
                "CLINICVERIFY_PARTNER_ANONYMOUS_PLAN");
        this.visitor = required(settings.visitorPlan(), "clinicverify.partner.visitor-plan",
                "CLINICVERIFY_PARTNER_VISITOR_PLAN");
        this.defaultPlan = required(settings.defaultPlan(), "clinicverify.partner.default-plan",
                "CLINICVERIFY_PARTNER_DEFAULT_PLAN").name();
    }

    public Optional<Plan> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** The plan of a stored key; a plan removed from the configuration since is a setting error. */
    Plan of(PartnerKey key) {
        return find(key.plan()).orElseThrow(() -> new SettingException("API key " + key.prefix()
                + " uses plan '" + key.plan() + "', which is not under clinicverify.partner.plans"));
    }

    public Plan anonymous() {
        return anonymous;
    }

    public Plan visitor() {
        return visitor;
    }

    public String defaultPlan() {
        return defaultPlan;
    }

    public List<String> names() {
        return byName.keySet().stream().sorted().toList();
    }

    private Plan required(String name, String setting, String env) {
        Plan plan = byName.get(name);
        if (plan == null) {
            throw new SettingException(setting + " (" + env + ") names plan '" + name
                    + "', but clinicverify.partner.plans has only " + byName.keySet());
        }
        return plan;
    }
}
