package org.letsconnect.platform.ratelimit;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * Who a request comes from, as a rate limit counts it. That is the peer of the connection, or, when the operator
 * enabled {@code quarkus.http.proxy.proxy-address-forwarding} (and {@code enable-forwarded-for}, with
 * {@code trusted-proxies}) for an ingress, the client the proxy names; with forwarding off (the default) an
 * {@code X-Forwarded-For} header is never believed. An IPv6 address counts by its /64 network, which one
 * household or host usually gets whole.
 *
 * @param key the address as a bucket key
 */
public record ClientAddress(String key) {

    private static final int IPV6_NETWORK_BYTES = 8;

    public static ClientAddress of(HttpServerRequest request) {
        SocketAddress remote = request == null ? null : request.remoteAddress();
        String host = remote == null ? null : remote.hostAddress();
        if (host == null || host.isBlank()) {
            host = remote == null || remote.host() == null ? "unknown" : remote.host();
        }
        return new ClientAddress(normalize(host));
    }

    static String normalize(String host) {
        String address = host.strip();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        if (address.indexOf(':') < 0) {
            return address;
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        try {
            // a literal with a colon is parsed as IPv6, never looked up
            InetAddress parsed = InetAddress.getByName(address);
            if (parsed instanceof Inet6Address) {
                byte[] network = Arrays.copyOf(parsed.getAddress(), 16);
                Arrays.fill(network, IPV6_NETWORK_BYTES, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
