package org.letsconnect.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How a client address becomes a bucket key. */
class ClientAddressTest {

    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertEquals("203.0.113.7", ClientAddress.normalize("203.0.113.7"));
        assertEquals("203.0.113.7", ClientAddress.normalize(" 203.0.113.7 "));
    }

    @Test
    void anIpv6AddressCountsByItsNetwork() {
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientAddress.normalize("2001:db8:1:2:aaaa:bbbb:cccc:dddd"));
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientAddress.normalize("[2001:db8:1:2::1]"));
        assertEquals("2001:db8:1:2:0:0:0:0/64", ClientAddress.normalize("2001:db8:1:2::1%eth0"));
        assertEquals("2001:db8:1:3:0:0:0:0/64", ClientAddress.normalize("2001:db8:1:3::1"));
    }

    @Test
    void somethingElseIsKeptAsItIs() {
        assertEquals("unknown", ClientAddress.normalize("unknown"));
        assertEquals("not:an:address:at:all:zz", ClientAddress.normalize("not:an:address:at:all:zz"));
    }
}
