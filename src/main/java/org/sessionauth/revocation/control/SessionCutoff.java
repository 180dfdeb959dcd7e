package org.sessionauth.revocation.control;

import java.time.Instant;

/**
 * What decides whether a session's access tokens stand: its rotation generation, when that
 * generation began (the previous one lives on through the grace window), and whether the
 * session has ended. Ending is final, so {@code generation * 2 + ended} orders the states.
 */
public record SessionCutoff(long generation, Instant rotatedAt, boolean revoked) {

    String encode() {
        return (generation * 2 + (revoked ? 1 : 0)) + "|" + generation + "|" + rotatedAt.toEpochMilli() + "|"
                + (revoked ? 1 : 0);
    }

    static SessionCutoff decode(String value) {
        String[] parts = value.split("\\|");
        return new SessionCutoff(Long.parseLong(parts[1]), Instant.ofEpochMilli(Long.parseLong(parts[2])),
                "1".equals(parts[3]));
    }
}
