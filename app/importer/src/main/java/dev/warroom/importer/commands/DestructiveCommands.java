package dev.warroom.importer.commands;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a command looks destructive to a DR engineer: promotions and failovers, deletions, SQL {@code DROP},
 * {@code TRUNCATE} and {@code DELETE FROM}, DNS and traffic changes, {@code --force}, {@code rm -rf}, scaling to zero,
 * {@code terraform destroy}, flushing a cache, a dump read into a database. Words that are only printed ({@code echo}) do not count.
 */
final class DestructiveCommands {

    private static final Set<String> PRINTING = Set.of("echo", "printf", "read", "log", "info", "warn");
    private static final Set<String> DESTRUCTIVE_VERBS = Set.of("drop", "truncate", "destroy", "uninstall", "flushall", "flushdb",
            "purge-deleted", "force-unlink", "swap", "switchover", "takeover");
    private static final Pattern DESTRUCTIVE_SQL = Pattern.compile(
            "(?is)\\b(drop\\s+(table|database|schema|index|view|user|role)|truncate\\b|delete\\s+from|pg_promote\\s*\\(|replicaof\\s+no\\s+one|slaveof\\s+no\\s+one)");
    private static final Pattern COMMAND_WORD = Pattern.compile("[a-z0-9._:/-]+");
    private static final Pattern DNS_API = Pattern.compile("(?i)(dns_records|/dns/|/rrsets|/records)");

    private DestructiveCommands() {
    }

    static boolean looksDestructive(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        for (ShellWords.Simple simple : ShellWords.split(text)) {
            CommandLine line = CommandLine.of(simple);
            if (!line.words().isEmpty() && !PRINTING.contains(line.program()) && destructive(line)) {
                return true;
            }
        }
        return false;
    }

    private static boolean destructive(CommandLine line) {
        String program = line.program();
        List<String> words = line.words();
        if (line.has("--force") || words.stream().anyMatch(w -> w.startsWith("--force-") && !w.startsWith("--force-conflicts"))) {
            return true;
        }
        if (program.equals("rm") && (line.has("-r") || line.has("-R") || line.has("--recursive")) && (line.has("-f") || line.has("--force"))) {
            return true;
        }
        if (program.equals("terraform") && (words.contains("destroy") || line.has("-destroy"))) {
            return true;
        }
        if (scalesToZero(line) || dnsChange(line) || trafficChange(line) || restoresDump(line)) {
            return true;
        }
        if (DESTRUCTIVE_SQL.matcher(String.join(" ", words)).find()) {
            return true;
        }
        for (String word : commandWords(line)) {
            String w = word.toLowerCase(Locale.ROOT);
            if (!COMMAND_WORD.matcher(w).matches()) {
                continue;
            }
            if (w.contains("promote") || w.contains("failover") || w.contains("switch-traffic") || w.startsWith("delete") || w.startsWith("remove")
                    || DESTRUCTIVE_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The program and its sub-command words: the words before the first option (and, for kubectl, after it). */
    private static List<String> commandWords(CommandLine line) {
        if (line.program().equals("redis-cli")) {
            return line.words().stream().filter(w -> !w.startsWith("-")).toList();
        }
        if (line.program().equals("kubectl") || line.program().equals("helm") || line.program().equals("oc")) {
            return line.words().stream().filter(w -> !w.startsWith("-")).limit(3).toList();
        }
        return line.plainWords();
    }

    private static boolean scalesToZero(CommandLine line) {
        return line.option("--replicas").map(r -> r.strip().equals("0")).orElse(false)
                || line.option("--min-size", "--desired-size", "--desired-capacity", "--node-count")
                        .map(n -> n.strip().equals("0")).orElse(false) && line.plainWords().size() > 1;
    }

    /** {@code psql … < dump.sql} or {@code mysql … < dump.sql}: a dump read into a live database overwrites it. */
    private static boolean restoresDump(CommandLine line) {
        return Set.of("psql", "mysql", "mariadb").contains(line.program()) && line.redirections().contains("<");
    }

    private static boolean dnsChange(CommandLine line) {
        if (line.startsWith("az", "network", "dns", "record-set") && line.plainWords().size() >= 6) {
            return !Set.of("show", "list").contains(line.plainWords().get(5).toLowerCase(Locale.ROOT));
        }
        if (line.startsWith("aws", "route53", "change-resource-record-sets")) {
            return true;
        }
        if (line.program().equals("gcloud") && line.plainWords().stream().anyMatch(w -> w.equals("record-sets"))) {
            return line.plainWords().stream().noneMatch(w -> w.equals("list") || w.equals("describe"));
        }
        if (line.program().equals("curl")) {
            String method = line.option("-X", "--request").orElse("GET").toUpperCase(Locale.ROOT);
            return !method.equals("GET") && line.words().stream().anyMatch(w -> DNS_API.matcher(w).find());
        }
        return false;
    }

    private static boolean trafficChange(CommandLine line) {
        List<String> plain = line.plainWords().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        boolean changes = plain.contains("update") || plain.contains("create") || plain.contains("set");
        return line.program().equals("az") && changes
                && (plain.contains("front-door") || plain.contains("afd") || plain.contains("traffic-manager"))
                || line.startsWith("aws", "route53-recovery-cluster", "update-routing-control-state");
    }
}
