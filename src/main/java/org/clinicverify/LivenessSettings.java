package org.clinicverify;

import java.time.Duration;
import java.util.Optional;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.clinicverify.crawl.LivenessProber;

/**
 * The liveness recheck of confirmed sellers ({@code clinicverify.moderation.liveness-*}; see
 * {@link LivenessSchedule}).
 *
 * @param livenessInterval                how often confirmed sellers are probed; {@code 0} or blank
 *                                        switches the recheck off (env CLINICVERIFY_MODERATION_LIVENESS_INTERVAL)
 * @param livenessMaxSitesPerRun          sites probed per run at most; the next run continues after the
 *                                        last site probed, so every site gets its turn
 * @param livenessTimeout                 connect limit and whole-response limit of one probe
 * @param livenessMaxBodyBytes            body bytes read per probe at most
 * @param livenessAllowPrivateAddresses   probe loopback and private addresses too (tests, the bundled demo
 *                                        web); off: such a site is reported offline without a request
 */
@ConfigurationProperties("clinicverify.moderation")
public record LivenessSettings(@Nullable Duration livenessInterval,
                               @Bindable(defaultValue = "500") @Min(1) int livenessMaxSitesPerRun,
                               @Bindable(defaultValue = "10s") @NotNull Duration livenessTimeout,
                               @Bindable(defaultValue = "16384") @Min(0) @Max(1048576) long livenessMaxBodyBytes,
                               @Bindable(defaultValue = "false") boolean livenessAllowPrivateAddresses) {

    /** The recheck interval, or empty when the recheck is off (zero, negative or blank). */
    public Optional<Duration> interval() {
        return Optional.ofNullable(livenessInterval).filter(interval -> interval.compareTo(Duration.ZERO) > 0);
    }

    LivenessProber.Limits probeLimits() {
        return new LivenessProber.Limits(livenessTimeout, livenessMaxBodyBytes, livenessAllowPrivateAddresses);
    }
}
