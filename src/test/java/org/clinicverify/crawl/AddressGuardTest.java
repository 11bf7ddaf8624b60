package org.clinicverify.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    private final AddressGuard strict = new AddressGuard(false, false);
    private final AddressGuard loopbackOnly = new AddressGuard(true, false);
    private final AddressGuard permissive = new AddressGuard(true, true);

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.1.2.3", "10.0.0.5", "172.16.0.1", "172.31.255.255", "192.168.1.1",
        "169.254.169.254", "169.254.1.1", "100.64.0.1", "100.127.255.255", "0.0.0.0", "224.0.0.1", "255.255.255.255",
        "::1", "::", "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
        "64:ff9b::a00:1", "2002:a00:1::1", "198.18.0.1", "192.0.0.8"})
    void refusesNonPublicAddresses(String address) throws UnknownHostException {
        assertTrue(strict.refusal(InetAddress.getByName(address)).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111"})
    void allowsPublicAddresses(String address) throws UnknownHostException {
        assertEquals(Optional.empty(), strict.refusal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "::1"})
    void allowsLoopbackWhenTheCrawlAllowsIt(String address) throws UnknownHostException {
        assertEquals(Optional.empty(), loopbackOnly.refusal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.5", "169.254.1.1", "fd12::1"})
    void stillRefusesPrivateAddressesWhenOnlyLoopbackIsAllowed(String address) throws UnknownHostException {
        assertTrue(loopbackOnly.refusal(InetAddress.getByName(address)).isPresent(), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "fd00:ec2::254", "::ffff:169.254.169.254"})
    void refusesCloudMetadataEvenWhenPrivateAddressesAreAllowed(String address) throws UnknownHostException {
        assertTrue(permissive.refusal(InetAddress.getByName(address)).isPresent(), address);
    }
}
