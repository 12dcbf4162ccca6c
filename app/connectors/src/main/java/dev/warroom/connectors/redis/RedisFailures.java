package dev.warroom.connectors.redis;

import dev.warroom.core.world.ProbeException;
import dev.warroom.core.world.ProbeFailure;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/** Sorts what Jedis threw into the board's failures, keeping the server's own words (which never carry the password). */
final class RedisFailures {

    private RedisFailures() {
    }

    static ProbeException classify(RedisTarget target, JedisException e) {
        return new ProbeException(failure(e), target.where() + ": " + words(e), e);
    }

    static ProbeFailure failure(JedisException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toUpperCase(Locale.ROOT);
        if (e instanceof JedisAccessControlException || message.startsWith("NOAUTH") || message.startsWith("WRONGPASS")
                || message.contains("INVALID PASSWORD") || message.contains("INVALID USERNAME-PASSWORD")) {
            return ProbeFailure.AUTH_FAILED;
        }
        if (causedBy(e, SocketTimeoutException.class)) {
            return ProbeFailure.TIMEOUT;
        }
        if (e instanceof JedisConnectionException || causedBy(e, ConnectException.class) || causedBy(e, NoRouteToHostException.class)
                || causedBy(e, UnknownHostException.class)) {
            return ProbeFailure.UNREACHABLE;
        }
        return ProbeFailure.ERROR;
    }

    /** The innermost message: Jedis wraps "Connection refused" and "Read timed out" in its own words. */
    private static String words(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String inner = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String outer = e.getMessage() == null ? "" : e.getMessage();
        return root == e || outer.contains(inner) ? firstLine(outer) : firstLine(outer) + " (" + firstLine(inner) + ")";
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String firstLine(String message) {
        return message == null || message.isBlank() ? "(no message)" : message.strip().lines().findFirst().orElse("").strip();
    }
}
