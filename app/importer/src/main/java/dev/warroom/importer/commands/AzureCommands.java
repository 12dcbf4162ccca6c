package dev.warroom.importer.commands;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code az}: flexible-server replica promote, DNS record-set changes, Redis geo-replication unlink, storage account
 * failover, a Front Door backend re-pointed ({@code traffic.switch}) and {@code aks get-credentials}.
 */
final class AzureCommands implements ToolCommands {

    private static final Set<String> DNS_CHANGES = Set.of("update", "add-record", "set-record", "create");
    private static final Map<String, String> VALUE_OPTIONS_BY_TYPE = Map.of(
            "a", "--ipv4-address", "aaaa", "--ipv6-address", "cname", "--cname", "txt", "--value", "ns", "--nsdname",
            "ptr", "--ptrdname", "mx", "--exchange");
    private static final Map<String, String> SHORT_VALUE_OPTIONS_BY_TYPE = Map.of(
            "a", "-a", "aaaa", "-a", "cname", "-c", "txt", "-v", "ns", "-d", "mx", "-e");

    @Override
    public Optional<RecognizedCommand> recognize(CommandLine line, ShellState state) {
        if (!"az".equals(line.program())) {
            return Optional.empty();
        }
        if (line.startsWith("az", "postgres", "flexible-server", "replica", "promote")) {
            return ActionDraft.of("database.promote")
                    .target(Resources.propose("azure-postgres-flexible", "azure-pg", azure(line), "name"))
                    .done();
        }
        if (line.startsWith("az", "network", "dns", "record-set") && line.plainWords().size() >= 6) {
            return dnsChange(line);
        }
        if (line.startsWith("az", "redis", "server-link", "delete")) {
            return redisUnlink(line);
        }
        if (line.startsWith("az", "storage", "account", "failover")) {
            var draft = ActionDraft.of("storage.failover")
                    .target(Resources.propose("azure-blob-storage", "storage", azure(line), "name"));
            line.option("--failover-type").ifPresent(type -> draft.param("failoverType", type.toLowerCase(Locale.ROOT)));
            return draft.done();
        }
        if (line.startsWith("az", "network", "front-door", "backend-pool", "backend", "update")) {
            var observe = Resources.observe(
                    "resourceGroup", line.option("--resource-group", "-g").orElse(null),
                    "name", line.option("--front-door-name", "-f").orElse(null),
                    "subscription", line.option("--subscription").orElse(null));
            Optional<String> to = line.option("--address");
            return to.isEmpty() ? Optional.empty() : ActionDraft.of("traffic.switch")
                    .target(Resources.propose("front-door", "front-door", observe, "name"))
                    .param("to", to.get())
                    .done();
        }
        if (line.startsWith("az", "aks", "get-credentials")) {
            return aksCredentials(line, state);
        }
        return Optional.empty();
    }

    private static Map<String, String> azure(CommandLine line) {
        return Resources.observe(
                "resourceGroup", line.option("--resource-group", "-g").orElse(null),
                "name", line.option("--name", "-n", "--account-name").orElse(null),
                "subscription", line.option("--subscription").orElse(null));
    }

    private static Optional<RecognizedCommand> dnsChange(CommandLine line) {
        List<String> plain = line.plainWords();
        String type = plain.get(4).toLowerCase(Locale.ROOT);
        String change = plain.get(5).toLowerCase(Locale.ROOT);
        if (!DNS_CHANGES.contains(change)) {
            return Optional.empty();
        }
        Optional<String> value = line.option(VALUE_OPTIONS_BY_TYPE.getOrDefault(type, "--value"),
                SHORT_VALUE_OPTIONS_BY_TYPE.getOrDefault(type, "--value"));
        if (value.isEmpty()) {
            value = line.options("--set").stream()
                    .filter(set -> set.contains("="))
                    .filter(set -> set.toLowerCase(Locale.ROOT).matches(".*(address|cname|value|exchange|dname)=.*"))
                    .map(set -> set.substring(set.indexOf('=') + 1))
                    .findFirst();
        }
        if (value.isEmpty()) {
            return Optional.empty();
        }
        var observe = Resources.observe(
                "resourceGroup", line.option("--resource-group", "-g").orElse(null),
                "zone", line.option("--zone-name", "-z").orElse(null),
                "name", line.option("--record-set-name", "--name", "-n").orElse(null),
                "type", type.toUpperCase(Locale.ROOT),
                "subscription", line.option("--subscription").orElse(null));
        Optional<ProposedResource> record = Resources.propose("azure-dns-record", "dns", observe, "name", "zone");
        return ActionDraft.of("dns.update")
                .target(record)
                .param("value", value.get())
                .param("type", type.toUpperCase(Locale.ROOT))
                .param("ttl", line.option("--ttl").map(AzureCommands::seconds))
                .done();
    }

    private static Optional<RecognizedCommand> redisUnlink(CommandLine line) {
        Optional<String> linked = line.option("--linked-server-name", "-l");
        String secondary = linked.map(id -> id.substring(id.lastIndexOf('/') + 1)).orElse(null);
        var observe = Resources.observe(
                "resourceGroup", line.option("--resource-group", "-g").orElse(null),
                "name", secondary,
                "subscription", line.option("--subscription").orElse(null));
        return ActionDraft.of("cache.promote")
                .target(Resources.propose("azure-redis", "azure-redis", observe, "name"))
                .done();
    }

    private static Optional<RecognizedCommand> aksCredentials(CommandLine line, ShellState state) {
        Optional<String> name = line.option("--name", "-n");
        Optional<String> context = line.option("--context").or(() -> name);
        var observe = Resources.observe(
                "resourceGroup", line.option("--resource-group", "-g").orElse(null),
                "name", name.orElse(null),
                "context", context.orElse(null),
                "subscription", line.option("--subscription").orElse(null));
        Optional<ProposedResource> cluster = Resources.propose("aks-cluster", "aks", observe, "name");
        cluster.ifPresentOrElse(c -> state.useCluster(c, context.filter(c2 -> !Placeholder.in(c2))), state::forgetCluster);
        return ActionDraft.of("k8s.use-context").target(cluster).done();
    }

    /** Azure CLI TTLs are seconds; the plan writes a duration. */
    static String seconds(String ttl) {
        return ttl.matches("[0-9]+") ? ttl + "s" : ttl;
    }
}
