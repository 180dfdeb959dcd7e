package org.sessionauth.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client's address: the peer's, unless the peer is a trusted proxy ({@code TRUSTED_PROXIES}:
 * addresses or CIDR ranges). Then {@code X-Forwarded-For} is read from the right, skipping the
 * trusted proxies, and the first address no trusted proxy vouches for is the client: whatever
 * lies further left was written by someone we do not trust.
 */
@ApplicationScoped
public class ClientAddresses {

    private final List<Range> trusted;

    ClientAddresses() {
        this(Optional.empty());
    }

    @Inject
    public ClientAddresses(@ConfigProperty(name = "trusted.proxies") Optional<String> trustedProxies) {
        this.trusted = trustedProxies.stream().flatMap(list -> Arrays.stream(list.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).map(Range::parse).toList();
    }

    @Inject
    HttpServletRequest request;

    /** The client of the current request. */
    @Produces
    Client current() {
        String address = of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
        return new Client(request.getHeader("User-Agent"), address);
    }

    public String of(String peer, String forwardedFor) {
        if (forwardedFor == null || !isTrusted(peer)) {
            return peer;
        }
        String[] hops = forwardedFor.split(",");
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (address(hop).isEmpty()) {
                return client;
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    /** The bytes of an IPv4 or IPv6 literal; never a name, so never a DNS look-up. */
    private static Optional<byte[]> address(String text) {
        boolean v4 = text.matches("\\d{1,3}(\\.\\d{1,3}){3}");
        boolean v6 = text.indexOf(':') >= 0 && text.matches("[0-9a-fA-F:.]+");
        if (!v4 && !v6) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address or a CIDR range of IPv4 or IPv6 addresses. */
    private record Range(BigInteger network, int prefix, int bits) {

        static Range parse(String text) {
            int slash = text.indexOf('/');
            byte[] address = address(slash < 0 ? text : text.substring(0, slash)).orElseThrow(
                    () -> new IllegalArgumentException("TRUSTED_PROXIES: not an IP address: " + text));
            int bits = address.length * 8;
            int prefix = slash < 0 ? bits : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > bits) {
                throw new IllegalArgumentException("TRUSTED_PROXIES: bad prefix in " + text);
            }
            return new Range(new BigInteger(1, address).shiftRight(bits - prefix), prefix, bits);
        }

        boolean contains(String text) {
            return address(text).filter(a -> a.length * 8 == bits)
                    .map(a -> new BigInteger(1, a).shiftRight(bits - prefix).equals(network))
                    .orElse(false);
        }
    }
}
