package org.sessionauth.accounts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Configuration of the accounts component (DESIGN §6). Defaults live in microprofile-config.properties. */
@ApplicationScoped
public class AccountSettings {

    @Inject
    @ConfigProperty(name = "password.reset.ttl")
    Duration passwordResetTtl;

    @Inject
    @ConfigProperty(name = "email.change.ttl")
    Duration emailChangeTtl;

    /** Where links in mails point: the service's public address. */
    @Inject
    @ConfigProperty(name = "auth.issuer")
    String publicUrl;

    @Inject
    @ConfigProperty(name = "mail.smtp.host")
    Optional<String> smtpHost;

    @Inject
    @ConfigProperty(name = "mail.smtp.port")
    int smtpPort;

    @Inject
    @ConfigProperty(name = "mail.from")
    String mailFrom;

    @Inject
    @ConfigProperty(name = "admin.email")
    Optional<String> adminEmail;

    @Inject
    @ConfigProperty(name = "admin.password")
    Optional<String> adminPassword;

    public Duration passwordResetTtl() {
        return passwordResetTtl;
    }

    public Duration emailChangeTtl() {
        return emailChangeTtl;
    }

    public String link(String path, String token) {
        return publicUrl.replaceAll("/+$", "") + "/" + path + "?token=" + token;
    }

    public Optional<String> smtpHost() {
        return smtpHost.filter(host -> !host.isBlank());
    }

    public int smtpPort() {
        return smtpPort;
    }

    public String mailFrom() {
        return mailFrom;
    }

    public Optional<String> adminEmail() {
        return adminEmail.filter(email -> !email.isBlank());
    }

    public Optional<String> adminPassword() {
        return adminPassword.filter(password -> !password.isBlank());
    }
}
