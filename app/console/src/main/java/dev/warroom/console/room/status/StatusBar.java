package dev.warroom.console.room.status;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.room.board.PseudoClasses;
import dev.warroom.console.room.board.ReadingText;
import dev.warroom.console.room.board.StatusLook;
import dev.warroom.console.room.model.IncidentViewModel;
import dev.warroom.console.room.model.JournalHead;
import dev.warroom.console.room.model.RoomContext;
import dev.warroom.core.board.BoardSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The bottom line: each provider's connectivity and when it last answered ("azure ✓ 2s ago",
 * "aws ⚠ throttled 40s ago") and, on the real connectors, who it acts as ("web · no cloud identity…",
 * in full in its tooltip); then which world the incident runs on and with whose credentials. Built on the
 * ControlsFX status bar: the providers are its left items; the journal's head (short, in full in its
 * tooltip), the world and credentials its right items; its own text (the middle) stays empty.
 */
public final class StatusBar extends org.controlsfx.control.StatusBar {

    static final String STATUS_BAR = "wr-status-bar";
    static final String PROVIDER = "wr-provider";
    static final String WORLD = "wr-world";
    static final String PROVIDER_IDENTITY = "wr-provider-identity";
    private static final List<String> CONNECTIVITY = Arrays.stream(ProviderHealth.Connectivity.values())
            .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();

    private final IncidentViewModel vm;
    private final Messages messages;
    private final ProviderRow providers = new ProviderRow(14);
    private final HBox worldWords = new HBox(16);
    private final Map<String, Label> chips = new LinkedHashMap<>();
    private final Map<String, Label> identities = new LinkedHashMap<>();
    private final Label world = new Label();
    private final Label identity = new Label();
    private final Label journalHead = new Label();

    public StatusBar(RoomContext context) {
        this.vm = context.vm();
        this.messages = context.messages();
        setId("status");
        getStyleClass().add(STATUS_BAR);
        setText("");
        providers.setId("providers");
        // In large type the chips give way (ellipsis, the longest first) rather than run under the world's name.
        providers.setMinWidth(0);
        // the status bar starts its right items where the left ones end: without this gap "0s ago" ran into "journal …"
        providers.setPadding(new Insets(0, worldWords.getSpacing(), 0, 0));
        worldWords.setAlignment(Pos.CENTER_RIGHT);
        worldWords.setMinWidth(Region.USE_PREF_SIZE);
        world.setId("world");
        identity.setId("identity");
        world.getStyleClass().add(WORLD);
        identity.getStyleClass().add(WORLD);
        world.setMinWidth(Region.USE_PREF_SIZE);
        identity.setMinWidth(Region.USE_PREF_SIZE);
        journalHead.setId("journal-head");
        journalHead.getStyleClass().add(WORLD);
        journalHead.setMinWidth(Region.USE_PREF_SIZE);
        journalHead.setTooltip(new Tooltip());
        worldWords.getChildren().addAll(journalHead, world, identity);
        getLeftItems().add(providers);
        getRightItems().add(worldWords);

        context.subscriptions().onChange(vm.boardProperty(), (old, now) -> refresh());
        context.subscriptions().onChange(vm.nowProperty(), (old, now) -> refresh());
        context.subscriptions().onChange(vm.journalHeadProperty(), (old, now) -> showHead());
        context.subscriptions().onChange(messages.localeProperty(), (old, now) -> {
            refresh();
            showHead();
        });
        showHead();
        refresh();
    }

    private void refresh() {
        String worldName = vm.worldName();
        world.setText(messages.get("status.world", RoomContext.recordedIn(messages).world(worldName)));
        identity.setText(messages.get("simulated".equals(worldName) ? "status.identity.simulated" : "status.identity.environment"));
        BoardSnapshot snapshot = vm.boardProperty().get();
        if (snapshot == null) {
            return;
        }
        List<Label> shown = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (ProviderHealth health : ProviderHealth.of(vm.plan(), snapshot)) {
            Label chip = chips.computeIfAbsent(health.provider(), this::chip);
            describe(chip, health, vm.nowProperty().get());
            shown.add(chip);
            String connector = ProviderOf.connectorOf(health.provider());
            // Once per connector: http and dns are both the web connector, acting as one identity.
            if (vm.identities().containsKey(connector) && named.add(connector)) {
                // On the real connectors the identity gives way (ellipsis) before the connectivity does.
                chip.setMinWidth(Region.USE_PREF_SIZE);
                Label actsAs = identities.computeIfAbsent(health.provider(), this::identityLabel);
                actsAs.setText(vm.identities().get(connector));
                actsAs.getTooltip().setText(messages.get("status.identity.tip", connector, vm.identities().get(connector)));
                shown.add(actsAs);
            }
        }
        if (!providers.getChildren().equals(shown)) {
            providers.getChildren().setAll(shown);
        }
    }

    /** The head in short, in full in the tooltip, so it can be read off and copied somewhere off this machine. */
    private void showHead() {
        JournalHead head = vm.journalHeadProperty().get();
        journalHead.setVisible(head.known());
        journalHead.setManaged(head.known());
        journalHead.setText(messages.get("status.journal.head", head.shortForm(), Long.toString(head.seq())));
        journalHead.getTooltip().setText(messages.get("status.journal.head.tip", head.hash(), Long.toString(head.seq())));
    }

    private Label chip(String provider) {
        Label chip = new Label();
        chip.setId("provider-" + provider);
        chip.getStyleClass().add(PROVIDER);
        chip.setGraphic(new FontIcon());
        chip.setTooltip(new Tooltip());
        // In large type the chips give way (ellipsis) rather than run under the world's name; ProviderRow says which first.
        chip.setMinWidth(0);
        return chip;
    }

    private Label identityLabel(String provider) {
        Label actsAs = new Label();
        actsAs.setId("provider-identity-" + provider);
        actsAs.getStyleClass().add(PROVIDER_IDENTITY);
        actsAs.setMinWidth(0);
        actsAs.setTooltip(new Tooltip());
        return actsAs;
    }

    private void describe(Label chip, ProviderHealth health, Instant now) {
        List<String> parts = new ArrayList<>();
        parts.add(health.provider());
        ProviderHealth.Connectivity connectivity = health.connectivity();
        if (connectivity != ProviderHealth.Connectivity.OK) {
            String words = messages.get(StatusLook.wordsKey(health.worst())).toLowerCase(messages.locale());
            parts.add(health.failing() == health.total() ? words
                    : messages.get("board.summary", health.failing(), health.total(), words));
        }
        parts.add(health.lastHeard().map(at -> messages.get("board.age", ReadingText.age(Duration.between(at, now))))
                .orElse(messages.get("status.never")));
        chip.setText(String.join(" · ", parts));
        ((FontIcon) chip.getGraphic()).setIconCode(switch (connectivity) {
            case OK -> Material2AL.CHECK_CIRCLE;
            case PARTIAL -> Material2MZ.WARNING;
            case DOWN -> Material2AL.CANCEL;
        });
        PseudoClasses.choose(chip, CONNECTIVITY, connectivity.name().toLowerCase(Locale.ROOT));
        chip.getTooltip().setText(messages.get("status.provider.tip", health.provider(), health.fresh(), health.total()));
    }
}
