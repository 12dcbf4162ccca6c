package dev.warroom.connectors.lab;

import dev.warroom.connectors.ConnectorSettings;
import java.util.Optional;

/**
 * While a lab is up, plans/local-lab.yaml needs no exported variables: its PostgreSQL password comes
 * from the lab's own password file and its chat channel posts to the lab's loopback webhook, unless
 * the commander set {@code WARROOM_LAB_PG_PASSWORD} or {@code WARROOM_LAB_WEBHOOK} otherwise.
 */
public final class LabDefaults {

    private LabDefaults() {
    }

    public static ConnectorSettings fill(ConnectorSettings settings) {
        Lab lab = new Lab(Lab.directory(settings));
        Optional<LabState> state = lab.state();
        if (state.isEmpty()) {
            return settings;
        }
        ConnectorSettings filled = settings;
        if (filled.get(LabResources.PASSWORD_ENV).isEmpty() && java.nio.file.Files.isReadable(lab.passwordFile())) {
            filled = filled.with(LabResources.PASSWORD_ENV, lab.password());
        }
        if (filled.get(LabResources.WEBHOOK_ENV).isEmpty()) {
            filled = filled.with(LabResources.WEBHOOK_ENV, LabResources.chatUrl(state.get().ports()));
        }
        return filled;
    }
}
