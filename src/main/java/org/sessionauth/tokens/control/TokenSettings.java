package org.sessionauth.tokens.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** DESIGN §6: issuer, audience and lifetimes. Defaults live in microprofile-config.properties. */
@ApplicationScoped
public class TokenSettings {

    @Inject
    @ConfigProperty(name = "auth.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "auth.audience")
    String audience;

    @Inject
    @ConfigProperty(name = "access.token.ttl")
    Duration accessTokenTtl;

    @Inject
    @ConfigProperty(name = "refresh.token.ttl")
    Duration refreshTokenTtl;

    @Inject
    @ConfigProperty(name = "session.max.age")
    Duration sessionMaxAge;

    @Inject
    @ConfigProperty(name = "refresh.grace")
    Duration refreshGrace;

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }

    public Duration accessTokenTtl() {
        return accessTokenTtl;
    }

    public Duration refreshTokenTtl() {
        return refreshTokenTtl;
    }

    public Duration sessionMaxAge() {
        return sessionMaxAge;
    }

    public Duration refreshGrace() {
        return refreshGrace;
    }
}
