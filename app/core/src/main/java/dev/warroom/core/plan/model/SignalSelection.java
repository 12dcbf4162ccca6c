package dev.warroom.core.plan.model;

import java.util.ArrayList;
import java.util.List;

/** Which resources of a plan a signal looks at: those it names, then those of its site (of its kinds), or of its kinds anywhere. */
public final class SignalSelection {

    private SignalSelection() {
    }

    /** The ids the signal selects, in plan order, named ones first; unknown names are kept (the validator reports them). */
    public static List<String> resourceIds(Plan plan, Signal signal) {
        List<String> ids = new ArrayList<>(signal.resources());
        for (Site site : plan.sites()) {
            for (Resource r : site.resources()) {
                boolean inSite = signal.site() != null && signal.site().equals(site.id());
                boolean ofKind = signal.kinds().contains(r.kind());
                boolean selectedBySite = inSite && (signal.kinds().isEmpty() || ofKind);
                boolean selectedByKindOnly = signal.site() == null && signal.resources().isEmpty() && ofKind;
                if ((selectedBySite || selectedByKindOnly) && !ids.contains(r.id())) {
                    ids.add(r.id());
                }
            }
        }
        return ids;
    }

    /** The resources the signal selects that exist in the plan. */
    public static List<Resource> resources(Plan plan, Signal signal) {
        List<Resource> found = new ArrayList<>();
        for (String id : resourceIds(plan, signal)) {
            plan.resource(id).ifPresent(found::add);
        }
        return found;
    }
}
