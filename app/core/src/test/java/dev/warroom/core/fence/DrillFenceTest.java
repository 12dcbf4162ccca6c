package dev.warroom.core.fence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.plan.model.DrillEnvironment;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Footprint.AccountKind;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The DRILL fence judges by address, never by spelling: names are resolved through a stand-in
 * resolver (no DNS here), and only addresses on loopback or in the plan's declared hosts and
 * networks, or calls in a declared cloud account, are inside.
 */
class DrillFenceTest {

    private final List<String> lookups = new ArrayList<>();
    private final Map<String, List<String>> names = Map.of(
            "127.0.0.1.nip.io", List.of("127.0.0.1"),
            "127.evil.example", List.of("203.0.113.7"),
            "localhost", List.of("127.0.0.1", "::1"),
            "db.drill.test", List.of("198.51.100.20"),
            "split.example", List.of("127.0.0.1", "203.0.113.8"));

    private final AddressResolver resolver = host -> {
        lookups.add(host);
        List<String> found = names.get(host);
        if (found == null) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> out = new ArrayList<>();
        for (String a : found) {
            out.add(IpLiterals.parse(a).orElseThrow());
        }
        return out;
    };

    private DrillFence loopbackOnly() {
        return new DrillFence(DrillEnvironment.loopbackOnly(), resolver);
    }

    private DrillFence with(List<String> hosts, List<String> profiles, List<String> subscriptions, List<String> contexts) {
        return new DrillFence(new DrillEnvironment(hosts, profiles, subscriptions, contexts), resolver);
    }

    @Test
    void loopbackAddressesAreAlwaysInside() {
        assertThat(loopbackOnly().judge(Footprint.host("127.0.0.1", 5432)).inside()).isTrue();
        assertThat(loopbackOnly().judge(Footprint.host("127.5.6.7", 5432)).inside()).isTrue();
        assertThat(loopbackOnly().judge(Footprint.host("::1", 6379)).inside()).isTrue();
        assertThat(loopbackOnly().judge(Footprint.host("localhost", 8080)).inside()).isTrue();
    }

    @Test
    void anAddressOutsideTheEnvironmentIsOutsideAndSaysSo() {
        Verdict verdict = loopbackOnly().judge(Footprint.host("203.0.113.1", 5432));

        assertThat(verdict.inside()).isFalse();
        assertThat(verdict.words()).isEqualTo("203.0.113.1:5432 is outside the drill environment (loopback)");
        assertThat(lookups).as("an address literal is never looked up").isEmpty();
    }

    @Test
    void aNameIsJudgedByWhatItResolvesToNotByItsSpelling() {
        assertThat(loopbackOnly().judge(Footprint.host("127.0.0.1.nip.io", 5432)).inside())
                .as("a name that resolves to loopback is inside").isTrue();

        Verdict spelledLikeLoopback = loopbackOnly().judge(Footprint.host("127.evil.example", 5432));
        assertThat(spelledLikeLoopback.inside()).as("a name that only starts with 127. is judged by its address").isFalse();
        assertThat(spelledLikeLoopback.words())
                .isEqualTo("127.evil.example:5432 resolves to 203.0.113.7, which is outside the drill environment (loopback)");
    }

    @Test
    void everyAddressANameResolvesToMustBeInside() {
        assertThat(loopbackOnly().judge(Footprint.host("split.example", 443)).inside()).isFalse();
    }

    @Test
    void aNameThatDoesNotResolveCannotBeCheckedAndIsOutside() {
        Verdict verdict = loopbackOnly().judge(Footprint.host("nowhere.example", 443));

        assertThat(verdict.inside()).isFalse();
        assertThat(verdict.words()).isEqualTo("nowhere.example:443 does not resolve, so a DRILL cannot check where it leads");
    }

    @Test
    void declaredNetworksAddressesAndNamesAreInside() {
        DrillFence fence = with(List.of("198.51.100.0/24", "192.0.2.9", "db.drill.test"), List.of(), List.of(), List.of());

        assertThat(fence.judge(Footprint.host("198.51.100.200", 5432)).inside()).isTrue();
        assertThat(fence.judge(Footprint.host("198.51.101.1", 5432)).inside()).isFalse();
        assertThat(fence.judge(Footprint.host("192.0.2.9", 6379)).inside()).isTrue();
        assertThat(fence.judge(Footprint.host("192.0.2.10", 6379)).inside()).isFalse();
        assertThat(with(List.of("db.drill.test"), List.of(), List.of(), List.of()).judge(Footprint.host("198.51.100.20", 5432)).inside())
                .as("a declared name admits the addresses it resolves to").isTrue();
        assertThat(fence.describe()).isEqualTo("loopback, 198.51.100.0/24, 192.0.2.9, db.drill.test");
    }

    @Test
    void aCloudCallIsInsideOnlyInADeclaredAccountOrOnLoopback() {
        DrillFence fence = with(List.of(), List.of("dr-drill"), List.of("1E8F0000-0000-0000-0000-000000000001"), List.of("kind-drill"));
        Footprint arm = Footprint.url("https://management.azure.com");

        assertThat(fence.judge(arm.withAccount(AccountKind.AZURE_SUBSCRIPTION, "1e8f0000-0000-0000-0000-000000000001")).inside()).isTrue();
        assertThat(fence.judge(arm.withAccount(AccountKind.AZURE_SUBSCRIPTION, "00000000-0000-0000-0000-000000000002")).inside()).isFalse();
        assertThat(fence.judge(Footprint.none().withAccount(AccountKind.AWS_PROFILE, "dr-drill")).inside()).isTrue();
        assertThat(fence.judge(Footprint.none().withAccount(AccountKind.AWS_PROFILE, "prod")).words())
                .isEqualTo("AWS profile prod is not declared in the plan's drill environment (drillEnvironment)");
        assertThat(fence.judge(Footprint.none().withAccount(AccountKind.KUBE_CONTEXT, "kind-drill")).inside()).isTrue();
        assertThat(fence.judge(Footprint.url("https://127.0.0.1:8443").withAccount(AccountKind.KUBE_CONTEXT, "stand-in")).inside())
                .as("a stand-in on loopback is inside whatever account it names").isTrue();
    }

    @Test
    void whatCannotBeToldIsOutside() {
        Verdict verdict = loopbackOnly().judge(Footprint.unknown("a shell command can connect anywhere"));

        assertThat(verdict.inside()).isFalse();
        assertThat(verdict.words()).startsWith("a shell command can connect anywhere");
        assertThat(loopbackOnly().judge(Footprint.none()).inside()).as("touching nothing is inside").isTrue();
        assertThat(loopbackOnly().judge(Footprint.url("not a url")).inside()).isFalse();
    }

    @Test
    void cidrsAreReadStrictlyAndMatchByPrefix() {
        assertThat(Cidr.parse("198.51.100.0/22").contains(IpLiterals.parse("198.51.103.255").orElseThrow())).isTrue();
        assertThat(Cidr.parse("198.51.100.0/22").contains(IpLiterals.parse("198.51.104.0").orElseThrow())).isFalse();
        assertThat(Cidr.parse("2001:db8::/32").contains(IpLiterals.parse("2001:db8:1::5").orElseThrow())).isTrue();
        assertThat(Cidr.parse("0.0.0.0/0").contains(IpLiterals.parse("203.0.113.1").orElseThrow())).isTrue();
        assertThatThrownBy(() -> Cidr.parse("198.51.100.0/33")).hasMessageContaining("longer than the 32 bits");
        assertThatThrownBy(() -> Cidr.parse("198.51.100/24")).hasMessage("'198.51.100' is not an IP address");
        assertThatThrownBy(() -> Cidr.parse("198.51.100.0/")).hasMessageContaining("no prefix length");
        assertThat(IpLiterals.parse("127.1")).as("shorthand forms are not addresses").isEmpty();
    }
}
