package org.sessionauth.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private final ClientAddresses behindProxies = new ClientAddresses(Optional.of("10.0.0.0/8, ::1"));

    @Test
    void anUntrustedPeerIsTheClientWhateverItForwards() {
        assertEquals("198.51.100.9", behindProxies.of("198.51.100.9", "203.0.113.7"));
    }

    @Test
    void aTrustedProxyIsBelievedAboutTheHopBeforeIt() {
        assertEquals("203.0.113.7", behindProxies.of("10.1.2.3", "203.0.113.7"));
        assertEquals("203.0.113.7", behindProxies.of("::1", "203.0.113.7"));
    }

    @Test
    void addressesWrittenBeyondTheFirstUntrustedHopAreIgnored() {
        assertEquals("203.0.113.7", behindProxies.of("10.1.2.3", "6.6.6.6, 203.0.113.7, 10.9.9.9"));
    }

    @Test
    void aChainOfOnlyTrustedProxiesEndsAtTheLeftmost() {
        assertEquals("10.0.0.1", behindProxies.of("10.1.2.3", "10.0.0.1, 10.0.0.2"));
    }

    @Test
    void garbageInTheHeaderStopsTheWalk() {
        assertEquals("10.9.9.9", behindProxies.of("10.1.2.3", "evil.example, 10.9.9.9"));
        assertEquals("10.1.2.3", behindProxies.of("10.1.2.3", "not-an-address"));
    }

    @Test
    void nothingIsTrustedByDefault() {
        assertEquals("10.1.2.3", new ClientAddresses(Optional.empty()).of("10.1.2.3", "203.0.113.7"));
    }

    @Test
    void aMistypedProxyListFailsAtStartUp() {
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(Optional.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> new ClientAddresses(Optional.of("proxy.local")));
    }
}
