package dev.warroom.importer.commands;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code psql … -c "SELECT …"}: a read-only query is a SQL check of the {@code postgres} server the command names
 * (host and database given, by options or a {@code postgresql://} URI); {@code SELECT pg_promote()} promotes that
 * server. Any other query that writes is left alone.
 */
final class PsqlCommands implements ToolCommands {

    private static final Pattern READ_ONLY = Pattern.compile("(?is)\\s*(select|with|show|table)\\b.*");
    private static final Pattern PROMOTE = Pattern.compile("(?is)\\s*select\\s+pg_promote\\s*\\([^)]*\\)\\s*;?\\s*");
    private static final Pattern WRITES = Pattern.compile(
            "(?is)\\b(insert|update|delete|drop|truncate|alter|create|grant|revoke|copy|vacuum|call|do|pg_promote|set)\\b");

    @Override
    public Optional<RecognizedCommand> recognize(CommandLine line, ShellState state) {
        if (!"psql".equals(line.program())) {
            return Optional.empty();
        }
        Optional<String> query = line.option("-c", "--command").map(String::strip);
        if (query.isPresent() && PROMOTE.matcher(query.get()).matches()) {
            Connection connection = Connection.of(line);
            var observe = Resources.observe(
                    "host", connection.host,
                    "port", connection.port == null ? "5432" : connection.port,
                    "database", connection.database != null ? connection.database : connection.user != null ? connection.user : "postgres",
                    "user", connection.user);
            return ActionDraft.of("database.promote")
                    .target(Resources.propose("postgres", "postgres", observe, "host", "database").map(PsqlCommands::shortId))
                    .done();
        }
        if (query.isEmpty() || !readOnly(query.get()) || line.redirections().contains("<")) {
            return Optional.empty();
        }
        Connection connection = Connection.of(line);
        var observe = Resources.observe(
                "host", connection.host,
                "port", connection.port == null ? "5432" : connection.port,
                "database", connection.database,
                "user", connection.user);
        return ActionDraft.of("sql.check")
                .target(Resources.propose("postgres", "postgres", observe, "host", "database").map(PsqlCommands::shortId))
                .param("query", query.get())
                .done();
    }

    /** A host name's first label names the server well enough: {@code postgres-ai-workflow-db-restored-agent-db}. */
    private static ProposedResource shortId(ProposedResource resource) {
        String host = resource.observe().get("host");
        String shortHost = host.matches("[0-9.:]+") ? host : host.split("\\.", 2)[0];
        return new ProposedResource(ResourceIds.of("postgres", shortHost, resource.observe().get("database")), resource.kind(),
                resource.observe());
    }

    /** A query that reads only, as a {@code sql.check} needs. */
    static boolean readOnly(String query) {
        return READ_ONLY.matcher(query).matches() && !writes(query);
    }

    /** Writes outside of string literals ("SELECT 'drop'" reads only). */
    private static boolean writes(String query) {
        return WRITES.matcher(query.replaceAll("'[^']*'", "''")).find();
    }

    private static final class Connection {
        String host;
        String port;
        String database;
        String user;

        static Connection of(CommandLine line) {
            Connection c = new Connection();
            c.host = line.option("-h", "--host").orElse(null);
            c.port = line.option("-p", "--port").orElse(null);
            c.database = line.option("-d", "--dbname").orElse(null);
            c.user = line.option("-U", "--username").orElse(null);
            if (c.database != null && c.database.startsWith("postgres")) {
                c.fromUri(c.database);
            }
            line.words().stream().skip(1).filter(w -> w.startsWith("postgres://") || w.startsWith("postgresql://"))
                    .findFirst().ifPresent(c::fromUri);
            return c;
        }

        private void fromUri(String text) {
            if (!text.contains("://")) {
                return;
            }
            try {
                URI uri = URI.create(text);
                host = uri.getHost() != null ? uri.getHost() : host;
                port = uri.getPort() > 0 ? String.valueOf(uri.getPort()) : port;
                String path = uri.getPath();
                database = path != null && path.length() > 1 ? path.substring(1) : database;
                String info = uri.getUserInfo();
                user = info != null ? info.split(":", 2)[0] : user;
            } catch (IllegalArgumentException e) {
                database = null;
            }
        }
    }
}
