package org.clinicverify.score;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Settings of the scorer.
 *
 * @param rules        where the rules file is: {@code classpath:score/rules.yml} (bundled) or a file
 *                     path ({@code CLINICVERIFY_SCORE_RULES})
 * @param maxBodyBytes largest page body accepted by assess (HTTP and command), in bytes
 *                     ({@code CLINICVERIFY_SCORE_MAX_BODY_BYTES})
 */
@ConfigurationProperties("clinicverify.score")
public record ScoreSettings(@NotBlank String rules, @Min(1) int maxBodyBytes) {
}
