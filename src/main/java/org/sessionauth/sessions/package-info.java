/**
 * Sessions: one per login. Login, refresh rotation with its grace window and reuse detection,
 * logout, and the listing and ending of a user's sessions. The session row is the truth about a
 * session; its refresh tokens are stored as hashes only, one row per generation, so that any
 * earlier token can be recognised when it comes back.
 */
package org.sessionauth.sessions;
