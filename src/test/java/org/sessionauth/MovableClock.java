package org.sessionauth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock a test moves by hand: another clock's time plus a shift. */
public final class MovableClock extends Clock {

    private final Clock base;
    private volatile Duration shift = Duration.ZERO;

    private MovableClock(Clock base) {
        this.base = base;
    }

    /** Stands still at {@code instant} until moved. */
    public static MovableClock at(Instant instant) {
        return new MovableClock(Clock.fixed(instant, ZoneOffset.UTC));
    }

    /** Runs with the system clock, moved ahead as told. */
    public static MovableClock ofSystem() {
        return new MovableClock(Clock.systemUTC());
    }

    public void move(Duration by) {
        shift = shift.plus(by);
    }

    public void reset() {
        shift = Duration.ZERO;
    }

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
        return base.instant().plus(shift);
    }
}
