package org.sessionauth;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;

/**
 * The service's clock in an integration test deployment: real time plus a shift that an
 * in-container test sets, so that a grace window or a lifetime can pass without waiting.
 */
@Alternative
@Priority(Interceptor.Priority.APPLICATION + 100)
@ApplicationScoped
public class ShiftedClock {

    private static final MovableClock CLOCK = MovableClock.ofSystem();

    public static void shiftBy(Duration duration) {
        CLOCK.move(duration);
    }

    public static void reset() {
        CLOCK.reset();
    }

    @Produces
    Clock clock() {
        return CLOCK;
    }
}
