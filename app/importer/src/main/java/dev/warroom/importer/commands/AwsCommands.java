package dev.warroom.importer.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code aws}: RDS read-replica promotion, ElastiCache failovers, Route 53 record changes (inline JSON or a
 * {@code file://} written earlier by a here-document) and {@code eks update-kubeconfig}.
 */
final class AwsCommands implements ToolCommands {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LONGEST_CHANGE_BATCH = 64 * 1024;

    @Override
    public Optional<RecognizedCommand> recognize(CommandLine line, ShellState state) {
        if (!"aws".equals(line.program())) {
            return Optional.empty();
        }
        if (line.startsWith("aws", "rds", "promote-read-replica")) {
            var observe = aws(line, state, "instance", line.option("--db-instance-identifier").orElse(null));
            return ActionDraft.of("database.promote").target(Resources.propose("aws-rds", "rds", observe, "instance")).done();
        }
        if (line.startsWith("aws", "elasticache", "failover-global-replication-group")) {
            var observe = Resources.observe(
                    "region", line.option("--primary-region").orElse(null),
                    "replicationGroup", line.option("--primary-replication-group-id").orElse(null),
                    "profile", line.option("--profile").orElse(null));
            return ActionDraft.of("cache.promote")
                    .target(Resources.propose("aws-elasticache", "elasticache", observe, "replicationGroup")).done();
        }
        if (line.startsWith("aws", "elasticache", "test-failover")) {
            var observe = aws(line, state, "replicationGroup", line.option("--replication-group-id").orElse(null));
            return ActionDraft.of("cache.promote")
                    .target(Resources.propose("aws-elasticache", "elasticache", observe, "replicationGroup")).done();
        }
        if (line.startsWith("aws", "route53", "change-resource-record-sets")) {
            return route53(line, state);
        }
        if (line.startsWith("aws", "eks", "update-kubeconfig")) {
            Optional<String> alias = line.option("--alias");
            var observe = aws(line, state, "name", line.option("--name").orElse(null));
            observe.put("context", alias.orElse(null));
            Optional<ProposedResource> cluster = Resources.propose("eks-cluster", "eks", observe, "name");
            cluster.ifPresentOrElse(c -> state.useCluster(c, alias.filter(a -> !Placeholder.in(a))), state::forgetCluster);
            return ActionDraft.of("k8s.use-context").target(cluster).done();
        }
        return Optional.empty();
    }

    /** The region and profile as the AWS CLI takes them: the options, else the variables the script exported. */
    private static java.util.Map<String, String> aws(CommandLine line, ShellState state, String nameKey, String name) {
        var variables = state.variables();
        String region = line.option("--region").orElse(variables.getOrDefault("AWS_REGION", variables.get("AWS_DEFAULT_REGION")));
        return Resources.observe(
                "region", region,
                nameKey, name,
                "profile", line.option("--profile").orElse(variables.get("AWS_PROFILE")));
    }

    private static Optional<RecognizedCommand> route53(CommandLine line, ShellState state) {
        Optional<String> zoneId = line.option("--hosted-zone-id");
        Optional<String> batch = line.option("--change-batch");
        if (batch.isEmpty()) {
            return Optional.empty();
        }
        String text = batch.get().strip();
        if (text.startsWith("file://")) {
            Optional<String> written = state.file(text);
            if (written.isEmpty()) {
                return ActionDraft.of("dns.update").done();
            }
            text = written.get();
        }
        Optional<RecordChange> change = RecordChange.parse(text);
        if (change.isEmpty()) {
            return Optional.empty();
        }
        RecordChange record = change.get();
        var observe = Resources.observe(
                "zone", record.zone(),
                "name", record.name(),
                "type", record.type(),
                "zoneId", zoneId.map(id -> id.substring(id.lastIndexOf('/') + 1)).orElse(null),
                "profile", line.option("--profile").orElse(null));
        return ActionDraft.of("dns.update")
                .target(Resources.propose("route53-record", "route53", observe, "name"))
                .param("value", record.value())
                .param("type", record.type())
                .param("ttl", record.ttl() == null ? null : record.ttl() + "s")
                .done();
    }

    /** The first UPSERT or CREATE of a change batch. */
    private record RecordChange(String name, String zone, String type, String value, String ttl) {

        static Optional<RecordChange> parse(String json) {
            if (json.length() > LONGEST_CHANGE_BATCH) {
                return Optional.empty();
            }
            try {
                JsonNode root = JSON.readTree(json);
                for (JsonNode change : root.path("Changes")) {
                    String action = change.path("Action").asText("").toUpperCase(Locale.ROOT);
                    if (!action.equals("UPSERT") && !action.equals("CREATE")) {
                        continue;
                    }
                    JsonNode set = change.path("ResourceRecordSet");
                    String name = stripDot(set.path("Name").asText(null));
                    List<String> values = new ArrayList<>();
                    set.path("ResourceRecords").forEach(r -> values.add(r.path("Value").asText("")));
                    String alias = stripDot(set.path("AliasTarget").path("DNSName").asText(null));
                    String value = values.isEmpty() ? alias : String.join(", ", values);
                    if (name == null || value == null || value.isBlank()) {
                        return Optional.empty();
                    }
                    String ttl = set.has("TTL") ? set.path("TTL").asText() : null;
                    return Optional.of(new RecordChange(name, parentZone(name), set.path("Type").asText(null), value, ttl));
                }
                return Optional.empty();
            } catch (java.io.IOException | RuntimeException e) {
                return Optional.empty();
            }
        }

        private static String stripDot(String name) {
            return name == null || !name.endsWith(".") ? name : name.substring(0, name.length() - 1);
        }

        /** The name's parent domain: Route 53 names the zone only by its id, so this is the likely zone. */
        private static String parentZone(String name) {
            int dot = name.indexOf('.');
            return dot < 0 || name.indexOf('.', dot + 1) < 0 ? name : name.substring(dot + 1);
        }
    }
}
