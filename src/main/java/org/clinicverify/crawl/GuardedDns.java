package org.clinicverify.crawl;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;

import okhttp3.Dns;

/**
 * OkHttp's DNS step with the SSRF guard in it: a host is refused when ANY of its answers is refused
 * (a name answering both a public and a private address is an attack, not an accident). OkHttp
 * connects only to the addresses returned here, so the check and the connection see the same IPs.
 */
final class GuardedDns implements Dns {

    private final HostResolver resolver;
    private final AddressGuard guard;

    GuardedDns(HostResolver resolver, AddressGuard guard) {
        this.resolver = resolver;
        this.guard = guard;
    }

    @Override
    public List<InetAddress> lookup(String host) throws UnknownHostException {
        List<InetAddress> answers = resolver.resolve(host);
        if (answers.isEmpty()) {
            throw new UnknownHostException(host + " has no address");
        }
        for (InetAddress address : answers) {
            Optional<String> refusal = guard.refusal(address);
            if (refusal.isPresent()) {
                throw new AddressGuard.BlockedAddressException("refused " + host + ": " + refusal.get());
            }
        }
        return answers;
    }
}
