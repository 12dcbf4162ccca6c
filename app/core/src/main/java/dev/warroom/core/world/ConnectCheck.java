package dev.warroom.core.world;

/**
 * Asked by a probe before a connection it could not name in advance (e.g. a Redis replica's master,
 * read from the replica). Outside a DRILL every connection is allowed.
 */
@FunctionalInterface
public interface ConnectCheck {

    ConnectCheck ANY = (host, port) -> true;

    boolean allows(String host, int port);
}
