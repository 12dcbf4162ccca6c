package dev.warroom.core.sim;

import dev.warroom.core.sim.SqlValues.Lsn;
import dev.warroom.core.world.ReplicationRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * What a simulated PostgreSQL server can tell a query at one moment, from the history of its data
 * set: every table grows at a steady, seeded rate on the primary and the WAL grows with it. A
 * standby holds the primary's history up to its lag; what it has received it has also replayed (the
 * world models one lag, not separate receive and replay positions). A promoted standby keeps what it
 * had at promotion and takes new writes from then on. Call with the {@link SimState} monitor held.
 */
final class DatabaseFacts {

    private static final long FIRST_WAL_BYTE = 0x1000000L;

    private final SimState state;
    private final WorldReading reading;
    private final SimRandom random;
    private final SimResource db;
    private final SimResource dataset;
    private final Instant now;

    DatabaseFacts(SimState state, WorldReading reading, SimRandom random, SimResource db, Instant now) {
        this.state = state;
        this.reading = reading;
        this.random = random;
        this.db = db;
        this.dataset = db.primary().orElse(db);
        this.now = now;
    }

    Instant now() {
        return now;
    }

    /** pg_is_in_recovery(): a standby, including one whose promotion has not completed yet. */
    boolean inRecovery() {
        return db.role.at(now) == ReplicationRole.REPLICA;
    }

    /** The moment of the primary's history this server's recovery reached; empty if it never was a standby. */
    Optional<Instant> replayedUpTo() {
        Optional<Promotion> promoted = db.promotion().filter(p -> p.doneAt(now));
        if (promoted.isPresent()) {
            return Optional.of(reading.dataAsOf(db, promoted.get().completesAt().minusMillis(1)));
        }
        return inRecovery() ? Optional.of(reading.dataAsOf(db, now)) : Optional.empty();
    }

    /** pg_last_wal_receive_lsn() and pg_last_wal_replay_lsn(): equal here, NULL on a server that never was a standby. */
    Optional<Lsn> replayedWal() {
        return replayedUpTo().map(this::walAt);
    }

    /** pg_current_wal_lsn(), which only a server out of recovery can answer. */
    Lsn currentWal() {
        if (inRecovery()) {
            throw new SqlQuery.Failed("ERROR:  recovery is in progress\nHINT:  WAL control functions cannot be executed during recovery.");
        }
        Optional<Promotion> promoted = db.promotion().filter(p -> p.doneAt(now));
        if (promoted.isEmpty()) {
            return walAt(now);
        }
        Lsn atPromotion = walAt(reading.dataAsOf(db, promoted.get().completesAt().minusMillis(1)));
        return new Lsn(atPromotion.bytes() + Math.round(walRate() * seconds(promoted.get().completesAt(), now)));
    }

    /** count(*) of a table: rows the primary had written up to the moment this server's data reaches; it never drops on promotion. */
    long rows(String table) {
        Optional<Promotion> promoted = db.promotion().filter(p -> p.doneAt(now));
        if (promoted.isPresent()) {
            Instant completes = promoted.get().completesAt();
            return rowsAsOf(table, reading.dataAsOf(db, completes.minusMillis(1))) + (long) Math.floor(rowRate(table) * seconds(completes, now));
        }
        return rowsAsOf(table, reading.dataAsOf(db, now));
    }

    /** max(created_at) of a table: when the newest row this server holds was written. */
    Instant newestRow(String table) {
        Optional<Promotion> promoted = db.promotion().filter(p -> p.doneAt(now));
        if (promoted.isPresent()) {
            Instant completes = promoted.get().completesAt();
            long writtenSince = (long) Math.floor(rowRate(table) * seconds(completes, now));
            return writtenSince > 0 ? completes.plusMillis(Math.round(writtenSince / rowRate(table) * 1000))
                    : lastWrittenBy(table, reading.dataAsOf(db, completes.minusMillis(1)));
        }
        return lastWrittenBy(table, reading.dataAsOf(db, now));
    }

    private Instant lastWrittenBy(String table, Instant asOf) {
        long written = rowsAsOf(table, asOf) - firstRows(table);
        return state.createdAt.plusMillis(Math.round(written / rowRate(table) * 1000));
    }

    private long rowsAsOf(String table, Instant asOf) {
        return firstRows(table) + (long) Math.floor(rowRate(table) * Math.max(0, seconds(state.createdAt, asOf)));
    }

    private long firstRows(String table) {
        return 10_000 + Math.round(random.unit(key(table)) * 990_000);
    }

    private double rowRate(String table) {
        return 0.5 + random.unit(key(table) + "|rate") * 2.5;
    }

    private String key(String table) {
        return dataset.id() + "|rows|" + table.strip().toLowerCase(Locale.ROOT);
    }

    private Lsn walAt(Instant asOf) {
        long first = FIRST_WAL_BYTE + Math.round(random.unit(dataset.id() + "|wal") * 0x3F000000L);
        return new Lsn(first + Math.round(walRate() * Math.max(0, seconds(state.createdAt, asOf))));
    }

    private double walRate() {
        return 4_096 + random.unit(dataset.id() + "|wal|rate") * 60_000;
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }
}
