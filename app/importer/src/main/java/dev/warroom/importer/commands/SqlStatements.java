package dev.warroom.importer.commands;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A bare SQL statement (from a {@code sql} block): one read-only query is a {@code sql.check} whose server the text
 * does not name, so the step stays manual with the query ready for the author to target.
 */
final class SqlStatements {

    private static final Pattern STARTS_AS_SQL = Pattern.compile("(?is)\\s*(select|with|show)\\s.*");

    private SqlStatements() {
    }

    static boolean looksLikeSql(String text) {
        return STARTS_AS_SQL.matcher(withoutComments(text)).matches();
    }

    static Optional<RecognizedCommand> recognize(String text) {
        String query = withoutComments(text).strip();
        String body = query.endsWith(";") ? query.substring(0, query.length() - 1) : query;
        if (body.replaceAll("'[^']*'", "''").contains(";") || !PsqlCommands.readOnly(query)) {
            return Optional.empty();
        }
        return ActionDraft.of("sql.check").param("query", query).done();
    }

    private static String withoutComments(String text) {
        return text.replaceAll("(?m)--.*$", "").strip();
    }
}
