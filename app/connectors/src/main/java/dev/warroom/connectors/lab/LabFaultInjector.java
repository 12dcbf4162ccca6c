package dev.warroom.connectors.lab;

import dev.warroom.connectors.ConnectorSettings;
import dev.warroom.core.plan.model.Fault;
import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.world.FaultInjector;
import dev.warroom.core.world.Injection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Brings a drill's outage about in the local lab, as its facilitator would with {@code warroom lab
 * stop}: region-down on a site, or resource-down on a resource, stops abruptly the lab's servers among
 * them. It touches only processes the lab started (checked by pid and what the process is), on
 * loopback; anything else is left to the facilitator, in words.
 */
public final class LabFaultInjector implements FaultInjector {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "::1");

    private final Lab lab;

    public LabFaultInjector(Lab lab) {
        this.lab = lab;
    }

    public static LabFaultInjector from(ConnectorSettings settings) {
        return new LabFaultInjector(new Lab(Lab.directory(settings)));
    }

    @Override
    public Injection inject(Fault fault, Plan plan) {
        if (fault.fault() != FaultKind.REGION_DOWN && fault.fault() != FaultKind.RESOURCE_DOWN) {
            return Injection.byHand("the lab brings about region-down and resource-down only");
        }
        Optional<LabState> state = lab.state();
        if (state.isEmpty()) {
            return Injection.byHand("no lab is up in " + lab.directory() + " (`warroom lab up` starts one)");
        }
        List<LabServer> servers = targets(fault.target(), plan).stream().map(r -> serverFor(r, state.get().ports()))
                .flatMap(Optional::stream).distinct().toList();
        if (servers.isEmpty()) {
            return Injection.byHand(fault.target() + " holds none of the servers of the lab in " + lab.directory());
        }
        List<String> done = new ArrayList<>();
        for (LabServer server : servers) {
            done.add(lab.running(server) ? lab.stop(server) : server.id() + " was already down");
        }
        return Injection.done(String.join(", ", done) + " — lab in " + lab.directory());
    }

    private static List<Resource> targets(String target, Plan plan) {
        for (Site site : plan.sites()) {
            if (site.id().equals(target)) {
                return site.resources();
            }
            for (Resource r : site.resources()) {
                if (r.id().equals(target)) {
                    return List.of(r);
                }
            }
        }
        return List.of();
    }

    /** The lab server a plan resource observes: same kind, on loopback, at that server's port. */
    static Optional<LabServer> serverFor(Resource resource, LabPorts ports) {
        String host = resource.observe().getOrDefault("host", "");
        String port = resource.observe().getOrDefault("port", "");
        if (!LOOPBACK.contains(host)) {
            return Optional.empty();
        }
        for (LabServer server : LabServer.values()) {
            if (server.kind().equals(resource.kind()) && port.equals(Integer.toString(ports.port(server)))) {
                return Optional.of(server);
            }
        }
        return Optional.empty();
    }
}
