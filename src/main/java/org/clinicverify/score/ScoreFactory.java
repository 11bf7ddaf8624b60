package org.clinicverify.score;

import java.time.Clock;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/** Beans of the score feature: the validated rules (a bad file stops startup) and a clock. */
@Factory
final class ScoreFactory {

    @Singleton
    RuleBook ruleBook(ScoreSettings settings) {
        return RuleBookLoader.load(settings.rules());
    }

    @Singleton
    @Requires(missingBeans = Clock.class)
    Clock clock() {
        return Clock.systemUTC();
    }
}
