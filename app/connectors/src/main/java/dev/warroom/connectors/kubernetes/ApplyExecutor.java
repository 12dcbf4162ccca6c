package dev.warroom.connectors.kubernetes;

import dev.warroom.core.plan.model.Resource;
import dev.warroom.core.world.ActionExecutor;
import dev.warroom.core.world.ActionPreview;
import dev.warroom.core.world.ActionRequest;
import dev.warroom.core.world.ActionResult;
import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.Reach;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.HttpURLConnection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * k8s.apply: creates each object of a manifest in the cluster, or replaces it where it already
 * exists, in the order the file lists them. The manifest path is relative to the plan's directory
 * or the working directory; the optional {@code namespace} param overrides the objects' own.
 */
final class ApplyExecutor implements ActionExecutor {

    private static final int LISTED = 10;

    private final Targets targets;
    private final KubeClients clients;
    private final LocalPaths paths;

    ApplyExecutor(Targets targets, KubeClients clients, LocalPaths paths) {
        this.targets = targets;
        this.clients = clients;
        this.paths = paths;
    }

    @Override
    public Reach reach(ActionRequest request) {
        return KubeReach.of(targets, request);
    }

    @Override
    public ActionPreview preview(ActionRequest request) {
        Resource cluster = Targets.of(request);
        String written = request.param("manifest", "");
        String namespace = request.params().get("namespace");
        String context = cluster.observe().getOrDefault("context", cluster.observe().getOrDefault("name", cluster.id()));
        List<String> changes = new ArrayList<>();
        try {
            context = targets.context(cluster).name();
        } catch (ProbeException e) {
            changes.add("cannot reach the cluster yet: " + e.getMessage());
        }
        String file = paths.resolve(written).toString();
        try {
            Manifest manifest = Manifest.read(paths.resolve(written));
            List<HasMetadata> objects = manifest.objects();
            for (HasMetadata o : objects.subList(0, Math.min(LISTED, objects.size()))) {
                changes.add(Manifest.name(o) + (namespace == null ? "" : " in namespace " + namespace)
                        + ": created, or replaced if it exists");
            }
            if (objects.size() > LISTED) {
                changes.add("and " + (objects.size() - LISTED) + " more objects");
            }
        } catch (LocalFileException e) {
            changes.add(e.getMessage());
        }
        String create = Kubectl.command(context, namespace, "create", "-f", file);
        String replace = Kubectl.command(context, namespace, "replace", "-f", file);
        return new ActionPreview("Apply " + written + " to cluster " + request.targetName() + " (context " + context + ")",
                create + " || " + replace, changes, reach(request));
    }

    @Override
    public ActionResult execute(ActionRequest request) {
        Resource cluster = Targets.of(request);
        String namespace = request.params().get("namespace");
        KubeContext context;
        Manifest manifest;
        try {
            context = targets.context(cluster);
            manifest = Manifest.read(paths.resolve(request.param("manifest", "")));
        } catch (ProbeException | LocalFileException e) {
            return ActionResult.failed("cannot apply to " + cluster.id() + ": " + e.getMessage());
        }
        KubernetesClient client = clients.of(context);
        List<String> done = new ArrayList<>();
        for (HasMetadata object : manifest.objects()) {
            try {
                done.add(Manifest.name(object) + " " + createOrReplace(client, object, namespace));
            } catch (KubernetesClientException e) {
                String applied = done.isEmpty() ? "nothing applied" : "applied first: " + String.join(", ", done);
                return new ActionResult(false, "could not apply " + Manifest.name(object) + " from " + manifest.file() + " to context "
                        + context.name() + ": " + KubeFailures.words(context, e) + " (" + applied + ")", outputs(context, manifest, done));
            }
        }
        return ActionResult.ok("applied " + manifest.file().getFileName() + " to context " + context.name() + ": " + String.join(", ", done),
                outputs(context, manifest, done));
    }

    private static String createOrReplace(KubernetesClient client, HasMetadata object, String namespace) {
        io.fabric8.kubernetes.client.dsl.Resource<HasMetadata> target = namespace == null ? client.resource(object) : client.resource(object).inNamespace(namespace);
        try {
            target.create();
            return "created";
        } catch (KubernetesClientException e) {
            if (e.getCode() != HttpURLConnection.HTTP_CONFLICT) {
                throw e;
            }
        }
        target.update();
        return "replaced";
    }

    private static Map<String, String> outputs(KubeContext context, Manifest manifest, List<String> done) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("context", context.name());
        out.put("manifest", manifest.file().toString());
        out.put("applied", String.join(", ", done));
        return out;
    }
}
