package dev.warroom.core.fence;

import dev.warroom.core.plan.model.DrillEnvironment;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Footprint.Account;
import dev.warroom.core.world.Footprint.HostPort;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one judgement of what a DRILL may touch: a probe or an action is inside the drill environment
 * when it acts in a declared cloud account, or when every host it names resolves only to addresses
 * in it (loopback, or the plan's declared hosts and networks). Names are judged by the addresses they
 * resolve to, never by their spelling; what cannot be resolved or told is outside. Thread-safe.
 */
public final class DrillFence {

    private final DrillEnvironment environment;
    private final AddressResolver resolver;
    private final List<Cidr> networks = new ArrayList<>();
    private final List<String> names = new ArrayList<>();

    public DrillFence(DrillEnvironment environment, AddressResolver resolver) {
        this.environment = environment;
        this.resolver = resolver;
        for (String text : environment.hosts()) {
            try {
                HostEntry entry = HostEntry.parse(text);
                entry.network().ifPresent(networks::add);
                entry.name().ifPresent(names::add);
            } catch (IllegalArgumentException e) {
                // The validator refuses such a plan; an entry that cannot be read only leaves the environment smaller.
            }
        }
    }

    public Verdict judge(Footprint footprint) {
        if (footprint.unknown().isPresent()) {
            return Verdict.out(footprint.unknown().get() + ", so a DRILL cannot check it against its drill environment");
        }
        Optional<Account> declared = footprint.accounts().stream().filter(this::declared).findFirst();
        if (declared.isPresent()) {
            return Verdict.in(declared.get() + " is declared in the plan's drill environment");
        }
        if (footprint.hosts().isEmpty()) {
            return footprint.accounts().isEmpty() ? Verdict.in("it connects to nothing outside WarRoom")
                    : Verdict.out(accounts(footprint) + " is not declared in the plan's drill environment (drillEnvironment)");
        }
        List<String> seen = new ArrayList<>();
        for (HostPort endpoint : footprint.hosts()) {
            List<InetAddress> addresses;
            try {
                addresses = addressesOf(endpoint.host());
            } catch (UnknownHostException e) {
                return Verdict.out(endpoint + " does not resolve, so a DRILL cannot check where it leads");
            }
            for (InetAddress address : addresses) {
                if (!inside(address)) {
                    String where = IpLiterals.parse(endpoint.host()).isPresent() ? endpoint + " is"
                            : endpoint + " resolves to " + address.getHostAddress() + ", which is";
                    return Verdict.out(where + " outside the drill environment (" + describe() + ")"
                            + (footprint.accounts().isEmpty() ? "" : ", and " + accounts(footprint) + " is not declared"));
                }
            }
            seen.add(endpoint + " (" + addresses.stream().map(InetAddress::getHostAddress).collect(Collectors.joining(", ")) + ")");
        }
        return Verdict.in(String.join(", ", seen) + " inside the drill environment");
    }

    /** Whether a connection to {@code host:port}, named only at the moment it is made, stays inside. */
    public boolean allows(String host, int port) {
        return judge(Footprint.host(host, port)).inside();
    }

    /** What the environment holds, in words: "loopback, 10.20.0.0/16, db.drill.internal". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        parts.add("loopback");
        parts.addAll(environment.hosts());
        environment.awsProfiles().forEach(p -> parts.add("AWS profile " + p));
        environment.azureSubscriptions().forEach(s -> parts.add("Azure subscription " + s));
        environment.kubeContexts().forEach(c -> parts.add("kube context " + c));
        return String.join(", ", parts);
    }

    private List<InetAddress> addressesOf(String host) throws UnknownHostException {
        Optional<InetAddress> literal = IpLiterals.parse(host);
        if (literal.isPresent()) {
            return List.of(literal.get());
        }
        List<InetAddress> resolved = resolver.resolve(host);
        if (resolved.isEmpty()) {
            throw new UnknownHostException(host);
        }
        return resolved;
    }

    private boolean inside(InetAddress address) {
        if (address.isLoopbackAddress()) {
            return true;
        }
        if (networks.stream().anyMatch(n -> n.contains(address))) {
            return true;
        }
        for (String name : names) {
            try {
                if (resolver.resolve(name).contains(address)) {
                    return true;
                }
            } catch (UnknownHostException e) {
                // a declared name that does not resolve admits nothing
            }
        }
        return false;
    }

    private boolean declared(Account account) {
        List<String> names = switch (account.kind()) {
            case AWS_PROFILE -> environment.awsProfiles();
            case AZURE_SUBSCRIPTION -> environment.azureSubscriptions();
            case KUBE_CONTEXT -> environment.kubeContexts();
        };
        boolean anyCase = account.kind() == Footprint.AccountKind.AZURE_SUBSCRIPTION;
        String wanted = account.name().strip();
        return names.stream().map(String::strip).anyMatch(n -> anyCase ? n.equalsIgnoreCase(wanted) : n.equals(wanted));
    }

    private static String accounts(Footprint footprint) {
        return footprint.accounts().stream().map(Account::toString).collect(Collectors.joining(" / "));
    }
}
