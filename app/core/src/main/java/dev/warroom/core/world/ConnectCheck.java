package dev.warroom.core.world;

/**
 * Asked by a probe or an action before a connection it could not name in advance (e.g. a Redis replica's
 * master, read from the replica; an RDS instance's endpoint, read from RDS). Outside a DRILL every
 * connection is allowed.
 */
@FunctionalInterface
public interface ConnectCheck {

    ConnectCheck ANY = (host, port) -> true;

    boolean allows(String host, int port);
}
