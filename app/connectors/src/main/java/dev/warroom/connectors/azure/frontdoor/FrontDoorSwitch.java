package dev.warroom.connectors.azure.frontdoor;

import com.azure.resourcemanager.cdn.fluent.CdnManagementClient;
import com.azure.resourcemanager.cdn.fluent.models.AfdOriginInner;
import com.azure.resourcemanager.cdn.models.AfdOriginUpdateParameters;
import com.azure.resourcemanager.cdn.models.EnabledState;
import dev.warroom.connectors.azure.AzureAccess;
import dev.warroom.connectors.azure.AzureAction;
import dev.warroom.connectors.azure.AzureAddress;
import dev.warroom.connectors.azure.AzureCalls;
import dev.warroom.connectors.azure.AzurePlanProblem;
import dev.warroom.connectors.azure.SwitchParams;
import dev.warroom.connectors.azure.LongRunningOperation;
import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.time.DurationText;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * traffic.switch on front-door: enables the {@code to} origin at the top priority (1), then
 * disables the {@code from} origins, or, when the step names none, every other enabled origin of
 * that group, so that {@code to} alone takes the traffic. {@code to} is enabled first so the group
 * is never left without an origin. Each origin update is a long-running operation, followed until
 * the step's timeout.
 */
public final class FrontDoorSwitch extends AzureAction {

    public FrontDoorSwitch(AzureAccess access) {
        super(access);
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Resource edge = target(request);
        AzureAddress profile = AzureAddress.describe(edge, access);
        String to = request.param("to", "<to>");
        List<String> from = SwitchParams.from(request);
        String group = profile.observed("originGroup").orElse("<the origin group holding " + to + ">");
        String apiVersion = access.clients(profile.subscription()).cdn().serviceClient().getApiVersion();
        StringBuilder call = new StringBuilder();
        List<String> cli = new ArrayList<>();
        String body;
        try {
            body = AzureCalls.json(enable(request));
        } catch (AzurePlanProblem e) {
            return new ActionPreview("Send traffic on " + request.targetName() + " to " + to, "(refused) " + e.getMessage(),
                    List.of("nothing: " + e.getMessage()), reach(request));
        }
        call.append(AzureCalls.rest("PATCH", access, originPath(profile, group, originName(to)), apiVersion, body));
        cli.add(cli(profile, group, to) + " --enabled-state Enabled --priority 1"
                + SwitchParams.weight(request, "Front Door").map(w -> " --weight " + w).orElse(""));
        for (String origin : from.isEmpty() ? List.of("<each other enabled origin>") : from) {
            call.append('\n').append(AzureCalls.rest("PATCH", access, originPath(profile, group, originName(origin)), apiVersion,
                    AzureCalls.json(disable())));
            cli.add(cli(profile, group, origin) + " --enabled-state Disabled");
        }
        List<String> changes = new ArrayList<>();
        changes.add("Front Door " + profile.name() + " sends the traffic of origin group " + group + " to " + to + " (enabled, priority 1)");
        changes.add(from.isEmpty() ? "every other enabled origin of that group is disabled (found when the switch runs)"
                : String.join(", ", from) + (from.size() == 1 ? " is disabled and gets" : " are disabled and get") + " no traffic");
        changes.add("Front Door rolls the change out to its edge within minutes; WarRoom follows each update for up to "
                + DurationText.format(request.timeout()));
        return new ActionPreview("Send traffic on " + request.targetName() + " to " + to, call + "\n" + String.join("\n", cli), changes,
                reach(request));
    }

    @Override
    protected ActionResult perform(ActionRequest request, Resource edge, Instant deadline) throws InterruptedException {
        String wanted = request.params().get("to");
        if (wanted == null || wanted.isBlank()) {
            throw new AzurePlanProblem("traffic.switch needs 'to': the origin (name or host) that should take the traffic");
        }
        AfdOriginUpdateParameters enable = enable(request);
        AzureAddress profile = AzureAddress.require(edge, access);
        CdnManagementClient cdn = access.clients(profile.subscription()).cdn().serviceClient();
        List<FrontDoorOrigin> origins = FrontDoorOrigins.list(cdn, profile);
        FrontDoorOrigin to = FrontDoorOrigins.find(origins, wanted, profile);
        List<FrontDoorOrigin> from = new ArrayList<>();
        for (String named : SwitchParams.from(request)) {
            from.add(FrontDoorOrigins.find(origins, named, profile));
        }
        if (from.isEmpty()) {
            origins.stream().filter(o -> o.group().equals(to.group()) && o.enabled() && !o.name().equals(to.name())).forEach(from::add);
        }
        if (from.stream().anyMatch(o -> o.name().equals(to.name()))) {
            throw new AzurePlanProblem("'" + to.host() + "' is both the origin to switch to and one to switch from");
        }
        Optional<String> problem = update(cdn, profile, to, enable, deadline, request);
        if (problem.isPresent()) {
            return ActionResult.failed(problem.get());
        }
        List<String> disabled = new ArrayList<>();
        for (FrontDoorOrigin origin : from) {
            problem = origin.enabled() ? update(cdn, profile, origin, disable(), deadline, request) : Optional.empty();
            if (problem.isPresent()) {
                return ActionResult.failed(to.host() + " is enabled at priority 1, but " + problem.get());
            }
            disabled.add(origin.host());
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("servingOrigin", to.host());
        outputs.put("originGroup", to.group());
        outputs.put("disabled", String.join(", ", disabled));
        return ActionResult.ok("Front Door " + profile.name() + " now sends origin group " + to.group() + " to " + to.host()
                + (disabled.isEmpty() ? "" : "; disabled " + String.join(", ", disabled)), outputs);
    }

    /** Empty when Azure finished the update, else why not. */
    private Optional<String> update(CdnManagementClient cdn, AzureAddress profile, FrontDoorOrigin origin, AfdOriginUpdateParameters change,
            Instant deadline, ActionRequest request) throws InterruptedException {
        LongRunningOperation.Outcome<AfdOriginInner> outcome = LongRunningOperation.follow(
                cdn.getAfdOrigins().beginUpdate(profile.resourceGroup(), profile.name(), origin.group(), origin.name(), change),
                deadline, access.pollInterval());
        return switch (outcome.status()) {
            case DONE -> Optional.empty();
            case STILL_RUNNING -> Optional.of("the update of origin " + origin.host() + " did not finish within "
                    + DurationText.format(request.timeout()) + ": " + outcome.words() + "; it goes on in Azure, watch the serving origin on the board");
            case FAILED -> Optional.of("the update of origin " + origin.host() + " failed: " + outcome.words());
        };
    }

    private static AfdOriginUpdateParameters enable(ActionRequest request) {
        AfdOriginUpdateParameters change = new AfdOriginUpdateParameters().withEnabledState(EnabledState.ENABLED).withPriority(1);
        SwitchParams.weight(request, "Front Door").ifPresent(change::withWeight);
        return change;
    }

    private static AfdOriginUpdateParameters disable() {
        return new AfdOriginUpdateParameters().withEnabledState(EnabledState.DISABLED);
    }

    /** The origin's resource name when the plan gave it; a host must be looked up, which a preview does not do. */
    private static String originName(String nameOrHost) {
        return nameOrHost.contains(".") ? "<origin at " + nameOrHost + ">" : nameOrHost;
    }

    private static String originPath(AzureAddress profile, String group, String origin) {
        return profile.path(FrontDoorProbe.TYPE, "originGroups", group, "origins", origin);
    }

    private static String cli(AzureAddress profile, String group, String origin) {
        return "az afd origin update" + AzureCalls.scope(profile) + AzureCalls.flag("--profile-name", profile.name())
                + AzureCalls.flag("--origin-group-name", group) + AzureCalls.flag("--origin-name", originName(origin));
    }
}
