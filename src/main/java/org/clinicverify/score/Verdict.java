package org.clinicverify.score;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The scorer's judgement of a site (or of a single page handed to assess).
 *
 * @param category      clinic, telehealth, seller or informational
 * @param flagged       true when the site looks like an unregulated seller of ketamine/esketamine
 * @param trustScore    0-100: how well the site shows legitimate, supervised care
 * @param signals       every signal that fired, with evidence
 * @param badges        short trust badges for people, e.g. "REMS-certified (registry)"
 * @param scorerVersion version of the rules that produced this verdict
 */
@Serdeable
public record Verdict(Category category,
                      boolean flagged,
                      int trustScore,
                      List<Signal> signals,
                      List<String> badges,
                      String scorerVersion) {

    /** Stored verdicts omit empty lists (the JSON leaves them out), so a missing list reads as empty. */
    public Verdict {
        signals = signals == null ? List.of() : signals;
        badges = badges == null ? List.of() : badges;
    }

    /** The signal of a flag the rules raised and the learned text model withdrew. */
    public static final String MODEL_DOUBT = "text-model-doubt";

    /** The rules flagged the site but the text model withdrew the flag: a moderator should decide. */
    public boolean flagDoubted() {
        return !flagged && signals.stream().anyMatch(signal -> signal.id().equals(MODEL_DOUBT));
    }
}
