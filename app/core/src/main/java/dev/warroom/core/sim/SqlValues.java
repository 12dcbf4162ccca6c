package dev.warroom.core.sim;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The values a simulated query works with — booleans, numbers ({@link BigDecimal}), text,
 * timestamps ({@link Instant}), intervals ({@link Duration}), WAL positions ({@link Lsn}) and SQL
 * NULL ({@code null}) — with PostgreSQL's text output, comparison and arithmetic.
 */
final class SqlValues {

    /** A WAL position (pg_lsn), as a byte offset. */
    record Lsn(long bytes) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%X/%X", bytes >>> 32, bytes & 0xFFFFFFFFL);
        }

        static Lsn parse(String text) {
            String[] parts = text.strip().split("/");
            if (parts.length != 2) {
                throw new SqlQuery.Unanswerable("'" + text + "' is not a WAL position");
            }
            try {
                return new Lsn((Long.parseLong(parts[0], 16) << 32) | Long.parseLong(parts[1], 16));
            } catch (NumberFormatException e) {
                throw new SqlQuery.Unanswerable("'" + text + "' is not a WAL position");
            }
        }
    }

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private SqlValues() {
    }

    /** How psql prints the value (NULL as {@code null}). */
    static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean b) {
            return b ? "t" : "f";
        }
        if (value instanceof BigDecimal n) {
            return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Instant t) {
            return TIMESTAMP.format(t) + fraction(t.getNano()) + "+00";
        }
        if (value instanceof Duration d) {
            return interval(d);
        }
        return value.toString();
    }

    private static String interval(Duration d) {
        Duration abs = d.abs();
        String text = String.format(Locale.ROOT, "%02d:%02d:%02d", abs.toHours(), abs.toMinutesPart(), abs.toSecondsPart())
                + fraction(abs.toNanosPart());
        return d.isNegative() ? "-" + text : text;
    }

    private static String fraction(int nanos) {
        if (nanos == 0) {
            return "";
        }
        String micros = String.format(Locale.ROOT, "%06d", nanos / 1000).replaceAll("0+$", "");
        return micros.isEmpty() ? "" : "." + micros;
    }

    /** Compares like PostgreSQL; {@code null} when either side is NULL. A quoted literal takes the other side's type. */
    static Integer compare(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        if (a instanceof String s && !(b instanceof String)) {
            return compare(coerce(s, b), b);
        }
        if (b instanceof String s && !(a instanceof String)) {
            return compare(a, coerce(s, a));
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y);
        }
        if (a instanceof Lsn x && b instanceof Lsn y) {
            return Long.compareUnsigned(x.bytes(), y.bytes());
        }
        if (a instanceof Boolean x && b instanceof Boolean y) {
            return x.compareTo(y);
        }
        if (a instanceof Instant x && b instanceof Instant y) {
            return x.compareTo(y);
        }
        if (a instanceof Duration x && b instanceof Duration y) {
            return x.compareTo(y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        throw new SqlQuery.Unanswerable("cannot compare " + text(a) + " with " + text(b));
    }

    /** A quoted literal read as the type of {@code like}, as PostgreSQL resolves an unknown-typed literal. */
    static Object coerce(String literal, Object like) {
        String v = literal.strip().toLowerCase(Locale.ROOT);
        if (like instanceof Boolean) {
            return switch (v) {
                case "t", "true", "yes", "on", "1" -> Boolean.TRUE;
                case "f", "false", "no", "off", "0" -> Boolean.FALSE;
                default -> throw new SqlQuery.Failed("ERROR:  invalid input syntax for type boolean: \"" + literal + "\"");
            };
        }
        if (like instanceof BigDecimal) {
            try {
                return new BigDecimal(v);
            } catch (NumberFormatException e) {
                throw new SqlQuery.Failed("ERROR:  invalid input syntax for type numeric: \"" + literal + "\"");
            }
        }
        if (like instanceof Lsn) {
            return Lsn.parse(literal);
        }
        throw new SqlQuery.Unanswerable("cannot read '" + literal + "' as " + like.getClass().getSimpleName());
    }

    static Object plus(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.add(y);
        }
        if (a instanceof Instant x && b instanceof Duration y) {
            return x.plus(y);
        }
        if (a instanceof Duration x && b instanceof Instant y) {
            return y.plus(x);
        }
        if (a instanceof Duration x && b instanceof Duration y) {
            return x.plus(y);
        }
        throw new SqlQuery.Unanswerable("cannot add " + text(a) + " and " + text(b));
    }

    static Object minus(Object a, Object b) {
        if (a == null || b == null) {
            return null;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.subtract(y);
        }
        if (a instanceof Instant x && b instanceof Instant y) {
            return Duration.between(y, x);
        }
        if (a instanceof Instant x && b instanceof Duration y) {
            return x.minus(y);
        }
        if (a instanceof Duration x && b instanceof Duration y) {
            return x.minus(y);
        }
        if (a instanceof Lsn x && b instanceof Lsn y) {
            return BigDecimal.valueOf(x.bytes()).subtract(BigDecimal.valueOf(y.bytes()));
        }
        throw new SqlQuery.Unanswerable("cannot subtract " + text(b) + " from " + text(a));
    }

    /** The seconds of an interval, or of a timestamp since the epoch, as {@code extract(epoch from ...)} gives them. */
    static Object epoch(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Duration d) {
            return BigDecimal.valueOf(d.toNanos()).movePointLeft(9);
        }
        if (value instanceof Instant t) {
            return BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano()).movePointLeft(9));
        }
        throw new SqlQuery.Unanswerable("cannot extract the epoch of " + text(value));
    }
}
