package org.sessionauth.revocation.control;

/**
 * What decides whether a user's access tokens stand: the token generation (raised by each
 * revocation, deactivation and reactivation, so it also orders the states) and the active flag.
 */
public record UserCutoff(long generation, boolean active) {

    String encode() {
        return generation + "|" + (active ? 1 : 0);
    }

    static UserCutoff decode(String value) {
        String[] parts = value.split("\\|");
        return new UserCutoff(Long.parseLong(parts[0]), "1".equals(parts[1]));
    }
}
