/**
 * What every business component stands on: the JAX-RS application, the data source and the
 * schema migration that runs at start-up, the clock, the hot store (Redis, or an in-process
 * stand-in for a single node), and the mapping of every failure to an RFC 9457 problem+json
 * answer, so that no stack trace ever reaches a client.
 */
package org.sessionauth.platform;
