package org.clinicverify.score;


import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Beans of the score feature: the validated rules (a bad file stops startup). */
@Factory
final class ScoreFactory {

    @Singleton
    RuleBook ruleBook(ScoreSettings settings) {
        return RuleBookLoader.load(settings.rules());
    }
}
