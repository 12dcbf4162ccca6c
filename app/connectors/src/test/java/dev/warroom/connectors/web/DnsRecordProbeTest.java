package dev.warroom.connectors.web;

import static dev.warroom.connectors.web.LoopbackDns.A;
import static dev.warroom.connectors.web.LoopbackDns.AAAA;
import static dev.warroom.connectors.web.LoopbackDns.CNAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.connectors.web.LoopbackDns.Rr;
import dev.warroom.connectors.web.dns.DnsLookup;
import dev.warroom.connectors.web.dns.DnsRecordProbe;
import dev.warroom.connectors.web.dns.ResolverAddress;
import dev.warroom.connectors.web.dns.SystemResolvers;
import dev.warroom.core.world.Health;
import dev.warroom.core.world.Observation;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dns-record probe against a real DNS server on loopback: answers with TTLs, CNAME chains, and every way a query fails. */
class DnsRecordProbeTest {

    private static final Duration TIMEOUT = Duration.ofMillis(800);

    private LoopbackDns dns;
    private DnsRecordProbe probe;

    @BeforeEach
    void startServer() throws Exception {
        dns = LoopbackDns.start();
        probe = new DnsRecordProbe(new DnsLookup(), TIMEOUT, Optional.empty(), Optional::empty, Clock.systemUTC());
    }

    @AfterEach
    void stopServer() throws Exception {
        dns.close();
    }

    private Observation observe(String name, String type) throws ProbeException {
        Map<String, String> observe = new HashMap<>(Map.of("name", name, "resolver", dns.address()));
        if (type != null) {
            observe.put("type", type);
        }
        return probe.observe(TestResources.resource("app-dns", "dns-record", observe));
    }

    @Test
    void anARecordReportsItsAddressAndTheTtlTheResolverGives() throws Exception {
        dns.answer("app.example.test", A, new Rr("app.example.test", A, 300, "203.0.113.10"));

        Observation seen = observe("app.example.test", null);

        assertThat(seen.health()).isEqualTo(Health.UP);
        assertThat(seen.attributes()).containsEntry("target", "203.0.113.10").containsEntry("ttl", "5m").containsEntry("type", "A")
                .containsEntry("resolver", dns.address());
    }

    @Test
    void aNameThatIsAnAliasReportsTheAliasTargetItsTtlAndTheAddressesItLeadsTo() throws Exception {
        dns.answer("www.example.test", A, new Rr("www.example.test", CNAME, 60, "dr.example.test"),
                new Rr("dr.example.test", A, 30, "198.51.100.7"), new Rr("dr.example.test", A, 30, "198.51.100.6"));

        Observation seen = observe("www.example.test.", null);

        assertThat(seen.attributes()).containsEntry("type", "CNAME").containsEntry("target", "dr.example.test")
                .containsEntry("ttl", "1m").containsEntry("addresses", "198.51.100.6, 198.51.100.7");
    }

    @Test
    void askingForAddressesFollowsTheAliasAndReportsTheShortestTtlOnTheWay() throws Exception {
        dns.answer("www.example.test", A, new Rr("www.example.test", CNAME, 60, "dr.example.test"),
                new Rr("dr.example.test", A, 30, "198.51.100.7"));

        Observation seen = observe("www.example.test", "A");

        assertThat(seen.attributes()).containsEntry("type", "A").containsEntry("target", "198.51.100.7").containsEntry("ttl", "30s")
                .containsEntry("cname", "dr.example.test");
    }

    @Test
    void aaaaAndCnameQueriesAskForThoseTypes() throws Exception {
        dns.answer("v6.example.test", AAAA, new Rr("v6.example.test", AAAA, 120, "2001:db8::1"));
        dns.answer("alias.example.test", CNAME, new Rr("alias.example.test", CNAME, 3600, "origin.example.test"));

        assertThat(observe("v6.example.test", "AAAA").attributes()).containsEntry("target", "2001:db8:0:0:0:0:0:1").containsEntry("ttl", "2m");
        assertThat(observe("alias.example.test", "cname").attributes()).containsEntry("target", "origin.example.test")
                .containsEntry("ttl", "1h").containsEntry("type", "CNAME");
    }

    @Test
    void aNameThatDoesNotExistIsDownAndSaysNxdomain() throws Exception {
        Observation seen = observe("gone.example.test", null);

        assertThat(seen.health()).isEqualTo(Health.DOWN);
        assertThat(seen.attributes()).containsEntry("answer", "NXDOMAIN: gone.example.test does not exist").doesNotContainKey("target");
    }

    @Test
    void aNameWithoutRecordsOfTheTypeIsDown() throws Exception {
        dns.answer("empty.example.test", A);

        Observation seen = observe("empty.example.test", null);

        assertThat(seen.health()).isEqualTo(Health.DOWN);
        assertThat(seen.attributes()).containsEntry("answer", "no A record for empty.example.test");
    }

    @Test
    void servfailIsAnErrorAndRefusedIsAnAuthorisationFailure() {
        dns.rcode("broken.example.test", A, 2).rcode("private.example.test", A, 5);

        assertThatThrownBy(() -> observe("broken.example.test", null)).isInstanceOfSatisfying(ProbeException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProbeFailure.ERROR);
            assertThat(e.getMessage()).contains("could not get an answer for broken.example.test (SERVFAIL)");
        });
        assertThatThrownBy(() -> observe("private.example.test", null)).isInstanceOfSatisfying(ProbeException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProbeFailure.AUTH_FAILED);
            assertThat(e.getMessage()).contains("refused to answer for private.example.test (REFUSED)");
        });
    }

    @Test
    void aSilentResolverTimesOutWithinTheProbesTimeout() {
        dns.silentFor("slow.example.test");

        assertThatThrownBy(() -> observe("slow.example.test", null)).isInstanceOfSatisfying(ProbeException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProbeFailure.TIMEOUT);
            assertThat(e.getMessage()).isEqualTo("no answer from resolver " + dns.address() + " within 800ms");
        });
    }

    @Test
    void aResolverPortWithNothingBehindItIsUnreachable() throws Exception {
        int closed;
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            closed = socket.getLocalPort();
        }
        Map<String, String> observe = Map.of("name", "app.example.test", "resolver", "127.0.0.1:" + closed);

        assertThatThrownBy(() -> probe.observe(TestResources.resource("app-dns", "dns-record", observe)))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.failure()).isIn(ProbeFailure.UNREACHABLE, ProbeFailure.TIMEOUT));
    }

    @Test
    void aTruncatedAnswerIsAskedAgainOverTcp() throws Exception {
        dns.truncateOverUdp("big.example.test").answer("big.example.test", A, new Rr("big.example.test", A, 45, "192.0.2.44"));

        Observation seen = observe("big.example.test", null);

        assertThat(seen.attributes()).containsEntry("target", "192.0.2.44").containsEntry("ttl", "45s");
    }

    @Test
    void aCompressionPointerThatLoopsIsAMalformedAnswerNotAHang() {
        dns.loopingPointerFor("evil.example.test");

        assertThatThrownBy(() -> observe("evil.example.test", null)).isInstanceOfSatisfying(ProbeException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProbeFailure.ERROR);
            assertThat(e.getMessage()).startsWith("resolver " + dns.address() + " sent a malformed answer: ");
        });
    }

    @Test
    void withoutAResolverOnTheResourceTheConfiguredDefaultIsUsed() throws Exception {
        dns.answer("app.example.test", A, new Rr("app.example.test", A, 60, "203.0.113.10"));
        DnsRecordProbe withDefault = new DnsRecordProbe(new DnsLookup(), TIMEOUT, Optional.of(dns.address()), Optional::empty,
                Clock.systemUTC());

        Observation seen = withDefault.observe(TestResources.resource("app-dns", "dns-record", Map.of("name", "app.example.test")));

        assertThat(seen.attributes()).containsEntry("target", "203.0.113.10");
    }

    @Test
    void withoutAResolverOnTheResourceOrInTheSettingsTheSystemsFirstResolverIsUsed() throws Exception {
        dns.answer("app.example.test", A, new Rr("app.example.test", A, 60, "203.0.113.11"));
        DnsRecordProbe onTheSystem = new DnsRecordProbe(new DnsLookup(), TIMEOUT, Optional.empty(),
                () -> Optional.of(ResolverAddress.parse(dns.address())), Clock.systemUTC());

        Observation seen = onTheSystem.observe(TestResources.resource("app-dns", "dns-record", Map.of("name", "app.example.test")));

        assertThat(seen.attributes()).containsEntry("target", "203.0.113.11").containsEntry("resolver", dns.address());
    }

    @Test
    void withoutAnyResolverTheProbeSaysSo() {
        assertThatThrownBy(() -> probe.observe(TestResources.resource("app-dns", "dns-record", Map.of("name", "app.example.test"))))
                .isInstanceOfSatisfying(ProbeException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("no resolver for 'app-dns': this machine names no DNS resolver; set observe.resolver"));
    }

    @Test
    void theSystemsResolversAreReadTheWayDnsjavaReadsThem() {
        String before = System.getProperty("dns.server");
        System.setProperty("dns.server", "127.0.0.1:5399");
        try {
            org.xbill.DNS.ResolverConfig.refresh();
            assertThat(SystemResolvers.first()).contains(new ResolverAddress("127.0.0.1", 5399));
        } finally {
            if (before == null) {
                System.clearProperty("dns.server");
            } else {
                System.setProperty("dns.server", before);
            }
            org.xbill.DNS.ResolverConfig.refresh();
        }
    }

    @Test
    void resolverAddressesReadEveryForm() {
        assertThat(ResolverAddress.parse("127.0.0.1:5353")).isEqualTo(new ResolverAddress("127.0.0.1", 5353));
        assertThat(ResolverAddress.parse("::1")).isEqualTo(new ResolverAddress("::1", 53));
        assertThat(ResolverAddress.parse("[::1]:5353")).isEqualTo(new ResolverAddress("::1", 5353));
        assertThatThrownBy(() -> ResolverAddress.parse("10.0.0.2:dns")).hasMessage("resolver '10.0.0.2:dns': 'dns' is not a port");
    }

    @Test
    void aNameThatIsNotADnsNameIsAnErrorInWords() {
        assertThatThrownBy(() -> observe("a..b.example.test", null)).isInstanceOfSatisfying(ProbeException.class, e -> {
            assertThat(e.failure()).isEqualTo(ProbeFailure.ERROR);
            assertThat(e.getMessage()).isEqualTo("'a..b.example.test' is not a DNS name");
        });
    }

    @Test
    void anUnsupportedRecordTypeIsNamed() {
        assertThatThrownBy(() -> observe("app.example.test", "MX")).isInstanceOfSatisfying(ProbeException.class,
                e -> assertThat(e.getMessage()).isEqualTo("observe.type of 'app-dns' is MX; the DNS probe reads A, AAAA or CNAME records"));
    }
}
