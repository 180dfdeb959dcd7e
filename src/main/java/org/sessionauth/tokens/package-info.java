/**
 * Tokens: minting RS256 access JWTs and opaque refresh secrets, the signing keys (from
 * {@code SIGNING_KEY_FILE}, or generated once and kept in the database so that every node signs
 * with the same key), and their publication as a JWKS.
 * <p>
 * MicroProfile JWT verifies our own tokens with the same key set: each node writes the set it
 * publishes to a file of its own and points {@code mp.jwt.verify.publickey.location} at it, so
 * verification needs neither a network round trip nor knowledge of the node's HTTP port.
 */
package org.sessionauth.tokens;
