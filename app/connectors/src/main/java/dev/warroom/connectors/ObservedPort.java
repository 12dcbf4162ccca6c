package dev.warroom.connectors;

import dev.warroom.core.plan.model.Resource;

/** A resource's {@code observe.port}: a TCP port, or the server's usual one when the plan leaves it out. */
public final class ObservedPort {

    private ObservedPort() {
    }

    /** @throws IllegalArgumentException naming the resource when the port is not 1 to 65535 */
    public static int of(Resource resource, int usual) {
        String text = resource.observe().get("port");
        if (text == null || text.isBlank()) {
            return usual;
        }
        try {
            int port = Integer.parseInt(text.strip());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("resource '" + resource.id() + "' has observe.port '" + text + "', which is not a TCP port");
    }
}
