package dev.warroom.importer.commands;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** {@code redis-cli -h HOST [-p PORT] REPLICAOF NO ONE} (or {@code SLAVEOF NO ONE}): promoting a self-managed Redis replica. */
final class RedisCommands implements ToolCommands {

    private static final Set<String> VALUE_OPTIONS = Set.of("-h", "-p", "-a", "-n", "-u", "--user", "--pass", "--tls", "-c");

    @Override
    public Optional<RecognizedCommand> recognize(CommandLine line, ShellState state) {
        if (!"redis-cli".equals(line.program())) {
            return Optional.empty();
        }
        List<String> args = line.arguments(VALUE_OPTIONS).stream().skip(1).map(w -> w.toUpperCase(Locale.ROOT)).toList();
        if (!args.equals(List.of("REPLICAOF", "NO", "ONE")) && !args.equals(List.of("SLAVEOF", "NO", "ONE"))) {
            return Optional.empty();
        }
        var observe = Resources.observe(
                "host", line.option("-h").orElse(null),
                "port", line.option("-p").orElse("6379"));
        return ActionDraft.of("cache.promote").target(Resources.propose("redis", "redis", observe, "host", "port")).done();
    }
}
