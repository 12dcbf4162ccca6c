package dev.warroom.core.sim;

import dev.warroom.core.plan.model.FaultKind;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.plan.model.Site;
import dev.warroom.core.plan.model.SiteRole;
import dev.warroom.core.world.ReplicationRole;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Everything the simulated world knows: the plan's sites and resources with their timelines, the
 * faults in the schedule, and which site serves the public traffic. Callers hold this object's
 * monitor ({@code synchronized (state)}) while they read or write it.
 */
final class SimState {

    final Instant createdAt;
    final Site primarySite;
    /** The site whose origins receive the public traffic, as a function of incident time. */
    final Timeline<String> serving;
    private final Map<String, Site> sites = new LinkedHashMap<>();
    private final Map<String, SimResource> resources = new LinkedHashMap<>();
    private final List<ScheduledFault> faults = new ArrayList<>();

    SimState(Plan plan, Instant createdAt) {
        this.createdAt = createdAt;
        this.primarySite = primarySiteOf(plan);
        this.serving = new Timeline<>(primarySite.id());
        String defaultDnsValue = "ingress." + primarySite.id() + ".sim.invalid";
        plan.sites().forEach(site -> sites.put(site.id(), site));
        for (Site site : plan.sites()) {
            for (Resource resource : site.resources()) {
                KindFamily family = KindFamily.of(resource.kind()).orElse(KindFamily.EXTERNAL);
                resources.put(resource.id(), new SimResource(resource, site, family, defaultDnsValue, initiallyActive(resource, site)));
            }
        }
        resources.values().forEach(this::linkToPrimary);
    }

    Optional<SimResource> resource(String id) {
        return Optional.ofNullable(resources.get(id));
    }

    Collection<SimResource> resources() {
        return resources.values();
    }

    List<SimResource> resourcesOf(String siteId) {
        return resources.values().stream().filter(r -> r.site.id().equals(siteId)).toList();
    }

    Optional<Site> site(String id) {
        return Optional.ofNullable(sites.get(id));
    }

    Collection<Site> sites() {
        return sites.values();
    }

    boolean isShared(Site site) {
        return site.role() == SiteRole.SHARED;
    }

    /** The first scheduled change after {@code time}: of serving site, of a resource, or a fault starting or ending. */
    Optional<Instant> nextChangeAfter(Instant time) {
        Stream<Optional<Instant>> faultEdges = faults.stream().flatMap(f -> Stream.of(Optional.of(f.from()), f.until()));
        Stream<Optional<Instant>> resourceChanges = resources.values().stream().map(r -> r.nextChangeAfter(time));
        return Stream.of(Stream.of(serving.nextChangeAfter(time)), faultEdges, resourceChanges).flatMap(s -> s)
                .flatMap(Optional::stream).filter(t -> t.isAfter(time)).min(Instant::compareTo);
    }

    void addFault(ScheduledFault fault) {
        faults.add(fault);
    }

    /** The earliest-started fault of this kind in force on the resource or its site at {@code time}. */
    Optional<ScheduledFault> fault(FaultKind kind, SimResource resource, Instant time) {
        return earliest(kind, time, f -> f.target().equals(resource.id()) || f.target().equals(resource.site.id()));
    }

    /**
     * A region-down fault in force on the site: aimed at the site, or at one of its resources (a
     * region-down aimed at a resource takes its whole region, unless it sits in a shared site).
     */
    Optional<ScheduledFault> regionDown(String siteId, Instant time) {
        Site site = sites.get(siteId);
        if (site == null) {
            return Optional.empty();
        }
        return earliest(FaultKind.REGION_DOWN, time, f -> f.target().equals(siteId)
                || !isShared(site) && resource(f.target()).map(r -> r.site.id().equals(siteId)).orElse(false));
    }

    Optional<ScheduledFault> regionDown(SimResource resource, Instant time) {
        return regionDown(resource.site.id(), time)
                .or(() -> earliest(FaultKind.REGION_DOWN, time, f -> f.target().equals(resource.id())));
    }

    /** Why the resource is not running at {@code time}: its region is down, or it is. */
    Optional<ScheduledFault> outage(SimResource resource, Instant time) {
        return regionDown(resource, time).or(() -> fault(FaultKind.RESOURCE_DOWN, resource, time));
    }

    private Optional<ScheduledFault> earliest(FaultKind kind, Instant time, Predicate<ScheduledFault> aimedAt) {
        return faults.stream()
                .filter(f -> f.kind() == kind && f.activeAt(time) && aimedAt.test(f))
                .min(Comparator.comparing(ScheduledFault::from));
    }

    private void linkToPrimary(SimResource resource) {
        if (resource.role.at(createdAt) != ReplicationRole.REPLICA) {
            return;
        }
        String source = resource.resource.replicaOf();
        Optional<SimResource> primary = source != null
                ? resource(source)
                : resources.values().stream()
                        .filter(r -> r.family == resource.family && r.site != resource.site
                                && r.role.at(createdAt) == ReplicationRole.PRIMARY)
                        .findFirst();
        primary.ifPresent(resource::replicatesFrom);
    }

    private boolean initiallyActive(Resource resource, Site site) {
        String state = resource.details().get("state");
        if (state != null && (state.equalsIgnoreCase("on") || state.equalsIgnoreCase("off"))) {
            return state.equalsIgnoreCase("on");
        }
        if (site.role() != SiteRole.SHARED) {
            return site.id().equals(primarySite.id());
        }
        String names = (resource.id() + " " + String.join(" ", resource.observe().values())).toLowerCase(Locale.ROOT);
        return sitesNamed(names).stream().allMatch(named -> named.id().equals(primarySite.id()));
    }

    /** Sites (not shared) whose id or region a text mentions. */
    private List<Site> sitesNamed(String lowerText) {
        return sites.values().stream()
                .filter(s -> s.role() != SiteRole.SHARED)
                .filter(s -> Names.mentions(lowerText, s.id().toLowerCase(Locale.ROOT))
                        || s.region() != null && Names.mentions(lowerText, s.region().toLowerCase(Locale.ROOT)))
                .toList();
    }

    private static Site primarySiteOf(Plan plan) {
        return plan.sites().stream().filter(s -> s.role() == SiteRole.PRIMARY).findFirst()
                .or(() -> plan.sites().stream().filter(s -> s.role() != SiteRole.SHARED).findFirst())
                .or(() -> plan.sites().stream().findFirst())
                .orElseThrow(() -> new IllegalArgumentException("the plan has no sites: the simulated world needs at least one"));
    }
}
