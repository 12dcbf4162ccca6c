package dev.warroom.connectors;

import dev.warroom.core.world.Reach;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * What a real connector touches: anything on this machine's loopback (the local lab, test
 * stand-ins) is a drill environment; everything else is a live system. DRILL incidents are refused
 * anything live at the dispatcher.
 */
public final class Reaches {

    private Reaches() {
    }

    public static Reach forHost(String host) {
        if (host == null || host.isBlank()) {
            return Reach.LIVE;
        }
        String h = host.strip();
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equalsIgnoreCase("localhost") || h.startsWith("127.") || h.equals("::1")) {
            return Reach.DRILL_ENVIRONMENT;
        }
        if (!h.matches("[0-9.:a-fA-F]+")) {
            return Reach.LIVE;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress() ? Reach.DRILL_ENVIRONMENT : Reach.LIVE;
        } catch (UnknownHostException e) {
            return Reach.LIVE;
        }
    }

    public static Reach forUrl(String url) {
        try {
            return forHost(URI.create(url).getHost());
        } catch (IllegalArgumentException e) {
            return Reach.LIVE;
        }
    }
}
