package org.sessionauth.platform.control;

/** The client a request comes from, as recorded with a session: its user agent and address. */
public record Client(String userAgent, String ip) {
}
