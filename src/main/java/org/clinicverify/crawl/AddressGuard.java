package org.clinicverify.crawl;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * The SSRF guard: decides whether the crawler may connect to an address. Every address a host
 * name resolves to is checked (see {@link GuardedDns}) and the HTTP client then connects to exactly
 * those checked addresses, so there is no gap between the check and the connection.
 *
 * <p>Refused unless private addresses are allowed: loopback (127/8, ::1), unspecified (0.0.0.0/8, ::),
 * private (10/8, 172.16/12, 192.168/16), carrier-grade NAT (100.64/10, RFC 6598), link-local
 * (169.254/16, fe80::/10), IPv6 unique-local (fc00::/7), multicast, reserved (240/4, broadcast),
 * the IETF/benchmark blocks 192.0.0/24 and 198.18/15, and IPv4 embedded in IPv6 (IPv4-mapped
 * ::ffff:a.b.c.d, IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16) when the embedded IPv4 address is
 * refused. Loopback and the other ranges can be allowed separately by the crawl configuration
 * ({@code allow-loopback}, {@code allow-private-addresses}). Cloud metadata endpoints (169.254.169.254, fd00:ec2::254) are refused even when private
 * addresses are allowed: no crawl has a reason to read them.
 */
public final class AddressGuard {

    private final boolean allowLoopback;
    private final boolean allowPrivate;

    /**
     * @param allowLoopback allow 127/8 and ::1 (the bundled demo web and local tests)
     * @param allowPrivate  allow every other non-public range except cloud metadata
     */
    public AddressGuard(boolean allowLoopback, boolean allowPrivate) {
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
    }

    /** Why the address is refused, or empty when the crawler may connect to it. */
    public Optional<String> refusal(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (isCloudMetadata(bytes)) {
            return Optional.of(address.getHostAddress() + " is a cloud metadata address");
        }
        String kind = address instanceof Inet4Address ? ipv4Kind(bytes) : ipv6Kind(bytes);
        if (kind == null || (allowLoopback && kind.endsWith("loopback")) || (allowPrivate && !kind.endsWith("loopback"))) {
            return Optional.empty();
        }
        return Optional.of(address.getHostAddress() + " is a " + kind + " address");
    }

    private static boolean isCloudMetadata(byte[] b) {
        if (b.length == 4) {
            return u(b[0]) == 169 && u(b[1]) == 254 && u(b[2]) == 169 && u(b[3]) == 254;
        }
        byte[] embedded = embeddedIpv4(b);
        if (embedded != null && isCloudMetadata(embedded)) {
            return true;
        }
        // fd00:ec2::254 (AWS IMDS over IPv6)
        return u(b[0]) == 0xfd && u(b[1]) == 0x00 && u(b[2]) == 0x0e && u(b[3]) == 0xc2
                && allZero(b, 4, 14) && u(b[14]) == 0x02 && u(b[15]) == 0x54;
    }

    private static String ipv4Kind(byte[] b) {
        int a = u(b[0]);
        int second = u(b[1]);
        if (a == 0) {
            return "unspecified";
        }
        if (a == 127) {
            return "loopback";
        }
        if (a == 10 || (a == 172 && second >= 16 && second <= 31) || (a == 192 && second == 168)) {
            return "private";
        }
        if (a == 100 && second >= 64 && second <= 127) {
            return "carrier-grade NAT";
        }
        if (a == 169 && second == 254) {
            return "link-local";
        }
        if (a == 192 && second == 0 && u(b[2]) == 0) {
            return "IETF protocol assignment";
        }
        if (a == 198 && (second == 18 || second == 19)) {
            return "benchmarking";
        }
        if (a >= 224 && a <= 239) {
            return "multicast";
        }
        if (a >= 240) {
            return "reserved";
        }
        return null;
    }

    private static String ipv6Kind(byte[] b) {
        byte[] embedded = embeddedIpv4(b);
        if (embedded != null) {
            String kind = ipv4Kind(embedded);
            return kind == null ? null : "IPv4-embedded " + kind;
        }
        if (allZero(b, 0, 16)) {
            return "unspecified";
        }
        if (allZero(b, 0, 15) && b[15] == 1) {
            return "loopback";
        }
        if ((u(b[0]) & 0xfe) == 0xfc) {
            return "unique-local";
        }
        if (u(b[0]) == 0xfe && (u(b[1]) & 0xc0) == 0x80) {
            return "link-local";
        }
        if (u(b[0]) == 0xfe && (u(b[1]) & 0xc0) == 0xc0) {
            return "site-local";
        }
        if (u(b[0]) == 0xff) {
            return "multicast";
        }
        return null;
    }

    /** The IPv4 address inside an IPv4-mapped, IPv4-compatible, NAT64 or 6to4 IPv6 address. */
    private static byte[] embeddedIpv4(byte[] b) {
        if (b.length != 16) {
            return null;
        }
        boolean mapped = allZero(b, 0, 10) && u(b[10]) == 0xff && u(b[11]) == 0xff;
        boolean compatible = allZero(b, 0, 12) && !(allZero(b, 12, 15) && u(b[15]) <= 1);
        boolean nat64 = u(b[0]) == 0x00 && u(b[1]) == 0x64 && u(b[2]) == 0xff && u(b[3]) == 0x9b && allZero(b, 4, 12);
        if (mapped || compatible || nat64) {
            return new byte[] {b[12], b[13], b[14], b[15]};
        }
        if (u(b[0]) == 0x20 && u(b[1]) == 0x02) {
            return new byte[] {b[2], b[3], b[4], b[5]};
        }
        return null;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static int u(byte value) {
        return value & 0xff;
    }

    /** Thrown by {@link GuardedDns} when a host resolves to a refused address. */
    public static final class BlockedAddressException extends UnknownHostException {
        public BlockedAddressException(String message) {
            super(message);
        }
    }
}
