package dev.warroom.importer.commands;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code kubectl}: {@code scale} of one deployment, {@code apply -f}, {@code config use-context}, and what
 * {@code exec … --} runs inside a pod. The context is {@code --context}, else the one an earlier command selected.
 */
final class KubectlCommands implements ToolCommands {

    private static final Set<String> VALUE_OPTIONS = Set.of("-n", "--namespace", "--context", "--cluster", "--user",
            "--kubeconfig", "--replicas", "-f", "--filename", "-l", "--selector", "-o", "--output", "--timeout",
            "--current-replicas", "--resource-version", "-c", "--container", "--for", "-k", "--kustomize", "-s", "--server",
            "--field-manager", "--dry-run");
    private static final Set<String> DEPLOYMENT_WORDS = Set.of("deployment", "deployments", "deploy");

    private final ToolCommands inner;

    KubectlCommands(ToolCommands inner) {
        this.inner = inner;
    }

    @Override
    public Optional<RecognizedCommand> recognize(CommandLine line, ShellState state) {
        if (!"kubectl".equals(line.program())) {
            return Optional.empty();
        }
        List<String> args = line.arguments(VALUE_OPTIONS);
        String verb = args.size() > 1 ? args.get(1).toLowerCase(Locale.ROOT) : "";
        return switch (verb) {
            case "scale" -> scale(line, args, state);
            case "apply" -> apply(line, state);
            case "config" -> useContext(args, state);
            case "exec" -> line.afterDoubleDash().flatMap(command -> inner.recognize(command, state));
            default -> Optional.empty();
        };
    }

    private static Optional<RecognizedCommand> scale(CommandLine line, List<String> args, ShellState state) {
        Optional<String> replicas = line.option("--replicas");
        Optional<String> name = deploymentName(args);
        if (replicas.isEmpty() || name.isEmpty() || line.has("--all") || line.has("-l", "--selector")) {
            return Optional.empty();
        }
        Optional<String> context = line.option("--context").or(state::context);
        var observe = Resources.observe(
                "context", context.orElse(null),
                "namespace", line.option("-n", "--namespace").orElse("default"),
                "name", name.get(),
                "kubeconfig", line.option("--kubeconfig").orElse(null));
        return ActionDraft.of("k8s.scale")
                .target(Resources.propose("k8s-deployment", "deploy", observe, "name", "namespace", "context"))
                .param("replicas", replicas.get())
                .done();
    }

    /** {@code deployment/NAME}, {@code deployment NAME} or {@code deploy NAME}; empty for other kinds or several names. */
    private static Optional<String> deploymentName(List<String> args) {
        if (args.size() == 3 && args.get(2).contains("/")) {
            String[] kindAndName = args.get(2).split("/", 2);
            return DEPLOYMENT_WORDS.contains(kindAndName[0].toLowerCase(Locale.ROOT).replaceFirst("\\.apps$", ""))
                    ? Optional.of(kindAndName[1]) : Optional.empty();
        }
        if (args.size() == 4 && DEPLOYMENT_WORDS.contains(args.get(2).toLowerCase(Locale.ROOT))) {
            return Optional.of(args.get(3));
        }
        return Optional.empty();
    }

    private static Optional<RecognizedCommand> apply(CommandLine line, ShellState state) {
        List<String> files = line.options("-f", "--filename");
        if (files.size() != 1 || line.has("-k", "--kustomize")) {
            return Optional.empty();
        }
        Optional<ProposedResource> cluster = line.option("--context")
                .flatMap(context -> Resources.propose("k8s-cluster", "k8s", Resources.observe("context", context), "context"))
                .or(state::cluster);
        return ActionDraft.of("k8s.apply")
                .target(cluster)
                .param("manifest", files.get(0))
                .param("namespace", line.option("-n", "--namespace"))
                .done();
    }

    private static Optional<RecognizedCommand> useContext(List<String> args, ShellState state) {
        if (args.size() != 4 || !args.get(2).equals("use-context")) {
            return Optional.empty();
        }
        String context = args.get(3);
        Optional<ProposedResource> cluster = Resources.propose("k8s-cluster", "k8s", Resources.observe("context", context), "context");
        cluster.ifPresentOrElse(c -> state.useCluster(c, Optional.of(context)), state::forgetCluster);
        return ActionDraft.of("k8s.use-context").target(cluster).done();
    }
}
