package org.clinicverify.partner;

import java.util.HashMap;
import java.util.Map;

/** Plans small enough to reach their limits in a few requests (refill: one token per 1000 s). */
final class PartnerTestPlans {

    private PartnerTestPlans() {
    }

    static Map<String, Object> properties() {
        Map<String, Object> p = new HashMap<>();
        // A free port: other developers' test servers on this machine use 8080 too.
        p.put("micronaut.server.port", "-1");
        p.put("clinicverify.partner.trusted-proxies", "127.0.0.1,::1");
        plan(p, "anonymous", "0.001", 3, 0);
        plan(p, "visitor", "100", 1000, 0);
        plan(p, "standard", "100", 1000, 0);
        plan(p, "tight", "0.001", 3, 0);
        plan(p, "small-quota", "100", 1000, 2);
        return p;
    }

    private static void plan(Map<String, Object> p, String name, String rate, int burst, long quota) {
        p.put("clinicverify.partner.plans." + name + ".rate-per-second", rate);
        p.put("clinicverify.partner.plans." + name + ".burst", burst);
        p.put("clinicverify.partner.plans." + name + ".daily-quota", quota);
    }
}
