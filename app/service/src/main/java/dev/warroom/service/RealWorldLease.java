package dev.warroom.service;

import dev.warroom.connectors.world.RealWorld;
import dev.warroom.core.incident.Incident;
import dev.warroom.core.world.World;
import dev.warroom.service.words.ServiceText;
import java.nio.file.Path;
import java.util.Map;

/** The connectors of {@link RealWorld} as a {@link WorldLease}. */
final class RealWorldLease implements WorldLease {

    private final RealWorld real;

    private RealWorldLease(RealWorld real) {
        this.real = real;
    }

    static WorldLease start(Path planFile) throws RequestRefusedException {
        try {
            return new RealWorldLease(RealWorld.start(planFile));
        } catch (RealWorld.NotStartedException e) {
            throw new RequestRefusedException(RequestRefusedException.Kind.USAGE, ServiceText.verbatim(e.getMessage()));
        }
    }

    @Override
    public World world() {
        return real.world();
    }

    @Override
    public Map<String, String> identities() {
        return real.identities();
    }

    @Override
    public Map<String, String> identitySettings() {
        return real.identitySettings();
    }

    @Override
    public void journalChatFates(Incident incident) {
        real.journalChatFates(incident, trouble -> System.getLogger(RealWorldLease.class.getName())
                .log(System.Logger.Level.WARNING, trouble));
    }

    @Override
    public int undeliveredMessages() {
        return real.undeliveredMessages();
    }

    @Override
    public void settleChat() throws InterruptedException {
        real.settleChat(RealWorld.OUTBOX_GRACE);
    }

    @Override
    public void close() {
        real.close();
    }
}
