package org.sessionauth;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in an integration test deployment: real time plus a shift that an
 * in-container test sets, so that a grace window or a lifetime can pass without waiting.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ShiftedClock {

    private static volatile Duration shift = Duration.ZERO;

    public static void shiftBy(Duration duration) {
        shift = shift.plus(duration);
    }

    public static void reset() {
        shift = Duration.ZERO;
    }

    @Produces
    Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.now().plus(shift);
            }
        };
    }
}
