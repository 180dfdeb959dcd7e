package org.sessionauth.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * The API is served at the root context: {@code /api}, {@code /.well-known} and {@code /oauth2}
 * are all resources of this one application.
 * <p>
 * {@code @ApplicationScoped} is not decoration: Payara's MP-JWT extension only sees an
 * {@code Application} that is a CDI bean, and without it no bearer token is ever verified.
 */
@ApplicationScoped
@ApplicationPath("/")
@LoginConfig(authMethod = "MP-JWT", realmName = "session-auth")
@DeclareRoles({"user", "admin"})
public class RestApplication extends Application {

    /** No generated description of every resource for anyone who sends OPTIONS (Jersey's WADL). */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
