package dev.warroom.connectors.kubernetes;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.Reach;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.VersionInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * k8s.use-context: checks that the cluster's context exists and that its API server answers, and
 * records it as the context in use. The user's kubeconfig is left as it is: every WarRoom step names
 * its own context, so nothing depends on kubectl's current context.
 */
final class UseContextExecutor implements ActionExecutor {

    private final Targets targets;
    private final KubeClients clients;
    private final AtomicReference<KubeContext> inUse;

    UseContextExecutor(Targets targets, KubeClients clients, AtomicReference<KubeContext> inUse) {
        this.targets = targets;
        this.clients = clients;
        this.inUse = inUse;
    }

    @Override
    public Reach reach(ActionRequest request) {
        return KubeReach.of(targets, request);
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Resource cluster = Targets.of(request);
        String context = cluster.observe().getOrDefault("context", cluster.observe().getOrDefault("name", cluster.id()));
        List<String> changes = new ArrayList<>();
        String call = Kubectl.command(context, null, "version");
        try {
            KubeContext ctx = targets.context(cluster);
            call = Kubectl.command(ctx.name(), null, "version") + "\nGET " + ctx.server().replaceAll("/+$", "") + "/version";
            changes.add("Kubernetes steps on " + cluster.id() + " use context " + ctx.name() + " (" + ctx.server() + ", user "
                    + ctx.user() + ") from " + ctx.kubeconfig());
        } catch (ProbeException e) {
            changes.add("the context cannot be used yet: " + e.getMessage());
        }
        changes.add("the kubeconfig file itself is not changed");
        return new ActionPreview("Check and use context " + context + " for cluster " + request.targetName(), call, changes, reach(request));
    }

    @Override
    public ActionResult execute(ActionRequest request) {
        Resource cluster = Targets.of(request);
        KubeContext context;
        try {
            context = targets.context(cluster);
        } catch (ProbeException e) {
            return ActionResult.failed(e.getMessage());
        }
        VersionInfo version;
        try {
            version = clients.of(context).getKubernetesVersion();
        } catch (KubernetesClientException e) {
            return ActionResult.failed("context " + context.name() + " does not answer: " + KubeFailures.words(context, e));
        }
        inUse.set(context);
        Map<String, String> outputs = new LinkedHashMap<>();
        outputs.put("context", context.name());
        outputs.put("server", context.server());
        String words = versionWords(version);
        if (!words.isEmpty()) {
            outputs.put("version", words);
        }
        return ActionResult.ok("context " + context.name() + " answers at " + context.server()
                + (words.isEmpty() ? "" : " (Kubernetes " + words + ")") + "; now in use", outputs);
    }

    private static String versionWords(VersionInfo version) {
        if (version == null) {
            return "";
        }
        if (version.getGitVersion() != null && !version.getGitVersion().isBlank()) {
            return version.getGitVersion();
        }
        if (version.getMajor() != null && version.getMinor() != null) {
            return version.getMajor() + "." + version.getMinor();
        }
        return "";
    }
}
