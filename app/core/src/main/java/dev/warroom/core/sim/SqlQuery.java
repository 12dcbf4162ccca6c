package dev.warroom.core.sim;

import dev.warroom.core.sim.SqlTokens.Token;
import dev.warroom.core.sim.SqlTokens.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Answers a read-only query the way PostgreSQL would, from a simulated server's {@link DatabaseFacts}:
 * {@code SELECT} lists (joined by {@code UNION ALL}) of literals, comparisons, {@code AND/OR/NOT},
 * {@code IS [NOT] NULL}, {@code IS [NOT] DISTINCT FROM}, {@code CASE}, casts, {@code +}/{@code -},
 * {@code extract(epoch from …)}, {@code coalesce}, the recovery and WAL functions, {@code now()},
 * {@code count(*)} and {@code max(<time column>)} over one table. Anything else is {@link Unanswerable}.
 * The result is printed like {@code psql -At}: columns joined by {@code |}, rows by {@code ; }.
 */
final class SqlQuery {

    /** The query uses something the simulated server cannot work out. */
    static final class Unanswerable extends RuntimeException {
        Unanswerable(String why) {
            super(why);
        }
    }

    /** The query fails on the server with PostgreSQL's own error. */
    static final class Failed extends RuntimeException {
        Failed(String error) {
            super(error);
        }
    }

    private interface Expr {
        Object eval(Scope scope);
    }

    private record Scope(DatabaseFacts facts, String table) {
        String tableFor(String function) {
            if (table == null) {
                throw new Unanswerable(function + " needs a FROM table");
            }
            return table;
        }
    }

    private static final Set<String> TIME_COLUMN_ENDINGS = Set.of("_at", "_time", "time", "ts", "timestamp", "date");

    private final SqlTokens tokens;

    private SqlQuery(String sql) {
        this.tokens = SqlTokens.of(sql);
    }

    /**
     * @throws Unanswerable if the query goes beyond what the simulated server knows
     * @throws Failed       if PostgreSQL would refuse it (e.g. pg_current_wal_lsn() on a standby)
     */
    static String answer(String sql, DatabaseFacts facts) {
        return new SqlQuery(sql).run(facts);
    }

    private String run(DatabaseFacts facts) {
        List<String> rows = new ArrayList<>();
        do {
            rows.add(select(facts));
        } while (tokens.accept("union") && tokens.accept("all"));
        tokens.accept(";");
        if (!tokens.atEnd()) {
            throw new Unanswerable("cannot read '" + tokens.peek().text() + "' here");
        }
        return String.join("; ", rows);
    }

    private String select(DatabaseFacts facts) {
        tokens.expect("select");
        List<Expr> columns = new ArrayList<>();
        do {
            columns.add(expression());
            if (tokens.accept("as") || tokens.peek().type() == Type.WORD && !tokens.peek().is("from") && !tokens.peek().is("union")) {
                tokens.take();
            }
        } while (tokens.accept(","));
        String table = null;
        if (tokens.accept("from")) {
            Token name = tokens.take();
            if (name.type() != Type.WORD) {
                throw new Unanswerable("expected a table name after FROM");
            }
            table = name.text();
            if (tokens.accept(".")) {
                table = tokens.take().text();
            }
        }
        Scope scope = new Scope(facts, table);
        List<String> values = new ArrayList<>();
        for (Expr column : columns) {
            values.add(SqlValues.text(column.eval(scope)));
        }
        return String.join("|", values);
    }

    private Expr expression() {
        Expr left = conjunction();
        while (tokens.accept("or")) {
            Expr a = left;
            Expr b = conjunction();
            left = s -> or(truth(a.eval(s)), truth(b.eval(s)));
        }
        return left;
    }

    private Expr conjunction() {
        Expr left = negation();
        while (tokens.accept("and")) {
            Expr a = left;
            Expr b = negation();
            left = s -> and(truth(a.eval(s)), truth(b.eval(s)));
        }
        return left;
    }

    private Expr negation() {
        if (tokens.accept("not")) {
            Expr inner = negation();
            return s -> {
                Boolean value = truth(inner.eval(s));
                return value == null ? null : !value;
            };
        }
        return comparison();
    }

    private Expr comparison() {
        Expr left = sum();
        if (tokens.accept("is")) {
            boolean not = tokens.accept("not");
            if (tokens.accept("null")) {
                return s -> (left.eval(s) == null) != not;
            }
            if (tokens.accept("true")) {
                return s -> Boolean.TRUE.equals(truth(left.eval(s))) != not;
            }
            if (tokens.accept("false")) {
                return s -> Boolean.FALSE.equals(truth(left.eval(s))) != not;
            }
            tokens.expect("distinct");
            tokens.expect("from");
            Expr right = sum();
            return s -> distinct(left.eval(s), right.eval(s)) != not;
        }
        String op = tokens.peek().text();
        if (tokens.peek().type() == Type.SYMBOL && Set.of("=", "<>", "!=", "<", "<=", ">", ">=").contains(op)) {
            tokens.take();
            Expr right = sum();
            return s -> {
                Integer c = SqlValues.compare(left.eval(s), right.eval(s));
                if (c == null) {
                    return null;
                }
                return switch (op) {
                    case "=" -> c == 0;
                    case "<>", "!=" -> c != 0;
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case ">" -> c > 0;
                    default -> c >= 0;
                };
            };
        }
        return left;
    }

    private Expr sum() {
        Expr left = cast();
        while (tokens.peek().is("+") || tokens.peek().is("-")) {
            boolean plus = tokens.take().is("+");
            Expr a = left;
            Expr b = cast();
            left = s -> plus ? SqlValues.plus(a.eval(s), b.eval(s)) : SqlValues.minus(a.eval(s), b.eval(s));
        }
        return left;
    }

    private Expr cast() {
        Expr value = primary();
        while (tokens.accept("::")) {
            String type = tokens.take().text();
            Expr inner = value;
            value = switch (type) {
                case "text", "varchar" -> s -> {
                    Object v = inner.eval(s);
                    return v == null ? null : SqlValues.text(v);
                };
                case "int", "integer", "bigint", "numeric", "float", "real" -> s -> {
                    Object v = inner.eval(s);
                    return v instanceof String text ? SqlValues.coerce(text, BigDecimal.ZERO) : v;
                };
                case "boolean", "bool" -> s -> {
                    Object v = inner.eval(s);
                    return v instanceof String text ? SqlValues.coerce(text, Boolean.TRUE) : v;
                };
                case "pg_lsn" -> s -> {
                    Object v = inner.eval(s);
                    return v instanceof String text ? SqlValues.Lsn.parse(text) : v;
                };
                case "timestamptz", "timestamp", "interval" -> inner;
                default -> throw new Unanswerable("cannot cast to " + type);
            };
        }
        return value;
    }

    private Expr primary() {
        Token token = tokens.take();
        switch (token.type()) {
            case NUMBER -> {
                BigDecimal n = number(token.text());
                return s -> n;
            }
            case STRING -> {
                return s -> token.text();
            }
            case SYMBOL -> {
                if (token.is("(")) {
                    Expr inner = expression();
                    tokens.expect(")");
                    return inner;
                }
                if (token.is("-")) {
                    Expr inner = primary();
                    return s -> SqlValues.minus(BigDecimal.ZERO, inner.eval(s));
                }
                throw new Unanswerable("unexpected '" + token.text() + "'");
            }
            case WORD -> {
                return word(token.text());
            }
            default -> throw new Unanswerable("the query ends too early");
        }
    }

    private Expr word(String word) {
        switch (word) {
            case "true" -> {
                return s -> Boolean.TRUE;
            }
            case "false" -> {
                return s -> Boolean.FALSE;
            }
            case "null" -> {
                return s -> null;
            }
            case "case" -> {
                return caseExpression();
            }
            case "current_timestamp", "localtimestamp" -> {
                return s -> s.facts().now();
            }
            default -> {
                if (!tokens.accept("(")) {
                    throw new Unanswerable("the simulated server has no column '" + word + "'");
                }
                return function(word);
            }
        }
    }

    private record Branch(Expr when, Expr then) {
    }

    private Expr caseExpression() {
        List<Branch> branches = new ArrayList<>();
        while (tokens.accept("when")) {
            Expr condition = expression();
            tokens.expect("then");
            branches.add(new Branch(condition, expression()));
        }
        Expr otherwise = tokens.accept("else") ? expression() : s -> null;
        tokens.expect("end");
        return s -> {
            for (Branch branch : branches) {
                if (Boolean.TRUE.equals(truth(branch.when().eval(s)))) {
                    return branch.then().eval(s);
                }
            }
            return otherwise.eval(s);
        };
    }

    private Expr function(String name) {
        switch (name) {
            case "count" -> {
                if (!tokens.accept("*")) {
                    tokens.take();
                }
                tokens.expect(")");
                return s -> BigDecimal.valueOf(s.facts().rows(s.tableFor("count")));
            }
            case "max" -> {
                String column = tokens.take().text();
                tokens.expect(")");
                if (TIME_COLUMN_ENDINGS.stream().noneMatch(column::endsWith)) {
                    throw new Unanswerable("the simulated server knows only the newest time of a table, not max(" + column + ")");
                }
                return s -> s.facts().newestRow(s.tableFor("max"));
            }
            case "extract", "date_part" -> {
                Token field = tokens.take();
                if (!field.text().equals("epoch")) {
                    throw new Unanswerable("extract(" + field.text() + ") is not simulated");
                }
                if (!tokens.accept("from")) {
                    tokens.expect(",");
                }
                Expr inner = expression();
                tokens.expect(")");
                return s -> SqlValues.epoch(inner.eval(s));
            }
            case "coalesce" -> {
                List<Expr> options = arguments();
                return s -> {
                    for (Expr option : options) {
                        Object value = option.eval(s);
                        if (value != null) {
                            return value;
                        }
                    }
                    return null;
                };
            }
            default -> {
                tokens.expect(")");
                return databaseFunction(name);
            }
        }
    }

    private List<Expr> arguments() {
        List<Expr> arguments = new ArrayList<>();
        do {
            arguments.add(expression());
        } while (tokens.accept(","));
        tokens.expect(")");
        return arguments;
    }

    private static Expr databaseFunction(String name) {
        return switch (name) {
            case "now", "statement_timestamp", "transaction_timestamp", "clock_timestamp" -> s -> s.facts().now();
            case "pg_is_in_recovery" -> s -> s.facts().inRecovery();
            case "pg_last_wal_receive_lsn", "pg_last_wal_replay_lsn" -> s -> s.facts().replayedWal().orElse(null);
            case "pg_last_xact_replay_timestamp" -> s -> s.facts().replayedUpTo().orElse(null);
            case "pg_current_wal_lsn" -> s -> s.facts().currentWal();
            default -> throw new Unanswerable("the simulated server has no function " + name + "()");
        };
    }

    private static BigDecimal number(String text) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new Unanswerable("'" + text + "' is not a number");
        }
    }

    private static Boolean truth(Object value) {
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        if (value instanceof String text) {
            return (Boolean) SqlValues.coerce(text, Boolean.TRUE);
        }
        throw new Failed("ERROR:  argument of a condition must be type boolean, not " + SqlValues.text(value));
    }

    private static Boolean and(Boolean a, Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return false;
        }
        return a == null || b == null ? null : true;
    }

    private static Boolean or(Boolean a, Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return true;
        }
        return a == null || b == null ? null : false;
    }

    private static boolean distinct(Object a, Object b) {
        if (a == null || b == null) {
            return a != b;
        }
        return SqlValues.compare(a, b) != 0;
    }
}
