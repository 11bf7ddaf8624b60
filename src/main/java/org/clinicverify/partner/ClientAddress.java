package org.clinicverify.partner;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import io.micronaut.http.HttpRequest;
import io.micronaut.context.annotation.Context;
import org.clinicverify.SettingException;

/**
 * The client IP a request is charged to: the socket peer, unless that peer is one of
 * {@code clinicverify.partner.trusted-proxies}; then X-Forwarded-For is read from the right,
 * skipping trusted proxies, and the first untrusted address is the client. Headers from untrusted
 * peers are ignored, so nobody can pick their own rate-limit bucket.
 */
@Context
final class ClientAddress {

    private record Block(byte[] network, int bits) {
        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int shift = network.length * 8 - bits;
            return new BigInteger(1, candidate).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }
    }

    private final List<Block> trusted;

    ClientAddress(PartnerSettings settings) {
        this.trusted = settings.trustedProxies().stream().map(ClientAddress::block).toList();
    }

    String of(HttpRequest<?> request) {
        InetAddress peer = request.getRemoteAddress().getAddress();
        if (peer == null || !trusted(peer)) {
            return peer == null ? request.getRemoteAddress().getHostString() : peer.getHostAddress();
        }
        List<String> forwarded = request.getHeaders().getAll("X-Forwarded-For").stream()
                .flatMap(value -> java.util.Arrays.stream(value.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        InetAddress client = peer;
        for (int i = forwarded.size() - 1; i >= 0 && trusted(client); i--) {
            InetAddress hop = literal(forwarded.get(i));
            if (hop == null) {
                break;
            }
            client = hop;
        }
        return client.getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        return trusted.stream().anyMatch(block -> block.contains(address));
    }

    /** Only IP literals: a name in X-Forwarded-For must never cause a DNS look-up. */
    private static InetAddress literal(String text) {
        if (!text.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static Block block(String entry) {
        String[] parts = entry.strip().split("/", 2);
        InetAddress address = literal(parts[0]);
        if (address == null) {
            throw new SettingException("clinicverify.partner.trusted-proxies (CLINICVERIFY_PARTNER_TRUSTED_PROXIES): '"
                    + entry + "' is not an IP address or CIDR block");
        }
        int max = address.getAddress().length * 8;
        int bits;
        try {
            bits = parts.length == 2 ? Integer.parseInt(parts[1]) : max;
        } catch (NumberFormatException e) {
            bits = -1;
        }
        if (bits < 0 || bits > max) {
            throw new SettingException("clinicverify.partner.trusted-proxies (CLINICVERIFY_PARTNER_TRUSTED_PROXIES): '"
                    + entry + "' has a bad prefix length");
        }
        return new Block(address.getAddress(), bits);
    }
}
