package dev.warroom.connectors;

import dev.warroom.core.fence.AddressResolver;
import dev.warroom.core.fence.DrillFence;
import dev.warroom.core.plan.model.DrillEnvironment;
import dev.warroom.core.world.Footprint;
import dev.warroom.core.world.Reach;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * What a real connector touches when no plan's drill environment is at hand: the same judgement a
 * DRILL makes ({@link DrillFence}) with loopback as the whole environment, made without any lookup.
 * An address on loopback (the local lab, test stand-ins) or {@code localhost} is a drill environment;
 * every other address or name is a live system. A DRILL itself judges through its fence, which also
 * resolves names, so a name is judged by its address and never by its spelling.
 */
public final class Reaches {

    private static final AddressResolver NO_LOOKUPS = host -> {
        if (host.equalsIgnoreCase("localhost")) {
            return List.of(InetAddress.getLoopbackAddress());
        }
        throw new UnknownHostException(host);
    };
    private static final DrillFence LOOPBACK = new DrillFence(DrillEnvironment.loopbackOnly(), NO_LOOKUPS);

    private Reaches() {
    }

    public static Reach forHost(String host) {
        if (host == null || host.isBlank()) {
            return Reach.LIVE;
        }
        return of(Footprint.host(host, 0));
    }

    public static Reach forUrl(String url) {
        return url == null ? Reach.LIVE : of(Footprint.url(url));
    }

    private static Reach of(Footprint footprint) {
        return LOOPBACK.judge(footprint).inside() ? Reach.DRILL_ENVIRONMENT : Reach.LIVE;
    }
}
