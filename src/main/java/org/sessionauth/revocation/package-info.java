/**
 * Revocation: the per-request check of every access token, the user and session cut-offs it
 * reads, the near cache in front of them, and the audit trail of every revocation.
 *
 * <h2>Exactness (DESIGN §4.2)</h2>
 * Cut-offs are counters, not clocks. Every user has a token generation and every session a
 * rotation generation; an access token carries both values as they stood when it was minted
 * ({@code ugen}, {@code sgen}). Revoking all of a user's tokens raises the user's generation in
 * the same transaction, under the user's row lock, as the revocation itself. A token minted before
 * the revocation carries the old value and is refused; one minted after carries the new value
 * and is accepted. No timestamp is compared, so two events in the same millisecond, or a node
 * whose clock runs ahead (a future {@code iat}), cannot blur the line. Minting reads the
 * generation in its own transaction, so a mint racing a revocation falls on exactly one side.
 *
 * <h2>Where the cut-offs are read (DESIGN §1, hot path)</h2>
 * Near cache → hot store (Redis) → database. A revocation writes the new cut-off to Redis and
 * publishes it, state included, on one channel before its transaction commits; if Redis cannot
 * take it, the revocation fails and changes nothing, so Redis never holds an older cut-off than
 * the database. Should the transaction roll back after all, the key is dropped everywhere and
 * the next read goes to the database. Every node applies published states to its near cache;
 * values are versioned and only ever replaced by newer ones, so a late reader cannot put a stale
 * state back. The near cache is used only while the subscription is connected and is emptied
 * whenever it drops.
 *
 * <h2>Reason codes (DESIGN §4.8)</h2>
 * {@code token_missing}, {@code token_invalid} (malformed, wrongly signed, wrong issuer or
 * audience, a claim missing or mistyped, an unknown user), {@code token_expired} (past its
 * {@code exp}, or superseded by a rotation of its session after the grace window),
 * {@code session_revoked}, {@code user_revoked}, {@code user_inactive}, {@code refresh_reused}.
 */
package org.sessionauth.revocation;
