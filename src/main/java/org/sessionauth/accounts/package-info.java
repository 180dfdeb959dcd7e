/**
 * Accounts: users, registration, the password and its hash, the e-mail address (unique in any
 * letter case), the activation state and the roles. An account also carries its token
 * generation, the counter that a revocation of all its tokens raises (see the
 * {@code revocation} component for how tokens are measured against it).
 */
package org.sessionauth.accounts;
