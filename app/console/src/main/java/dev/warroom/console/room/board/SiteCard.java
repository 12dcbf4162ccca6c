package dev.warroom.console.room.board;

import dev.warroom.console.i18n.Messages;
import dev.warroom.core.board.BoardEntry;
import dev.warroom.core.plan.model.Site;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * A site (region) of the plan: its title, role and region, a one-line summary, and a row per
 * resource. It folds to its summary (a site that is all gone need not push the others off screen).
 */
final class SiteCard extends VBox {

    private static final List<String> LEVELS = Arrays.stream(ObjectiveLevel.values()).map(ObjectiveLevel::pseudoClass).toList();

    private final Site site;
    private final Messages messages;
    private final Map<String, ResourceRow> rows = new LinkedHashMap<>();
    private final Label role = new Label();
    private final Label summary = new Label();
    private final Button fold = new Button();
    private boolean folded;
    private List<BoardEntry> entries = List.of();

    SiteCard(Site site, Messages messages, Duration rpo) {
        this.site = site;
        this.messages = messages;
        setId("site-" + site.id());
        getStyleClass().add(BoardStyles.SITE_CARD);

        Label title = new Label(site.title());
        title.getStyleClass().add(BoardStyles.SITE_TITLE);
        grow(title);
        title.setWrapText(true);
        role.getStyleClass().add(BoardStyles.SITE_ROLE);
        role.setMinWidth(Region.USE_PREF_SIZE);
        fold.setId("fold-" + site.id());
        fold.getStyleClass().addAll(BoardStyles.FOLD, "flat");
        fold.setGraphic(new FontIcon(Material2AL.EXPAND_LESS));
        fold.setFocusTraversable(true);
        fold.setOnAction(e -> setFolded(!folded));
        fold.setTooltip(new Tooltip());
        HBox first = new HBox(4, title, role, fold);
        first.setAlignment(Pos.CENTER_LEFT);

        Label titleEn = new Label(site.titleEn() != null && !site.titleEn().equals(site.title()) ? site.titleEn() : "");
        titleEn.getStyleClass().add(BoardStyles.SITE_TITLE_EN);
        grow(titleEn);
        Label where = new Label(Stream.of(site.provider(), site.region()).filter(w -> w != null && !w.isBlank())
                .collect(Collectors.joining(" · ")));
        where.getStyleClass().add(BoardStyles.SITE_META);
        where.setMinWidth(Region.USE_PREF_SIZE);
        HBox second = new HBox(6, titleEn, where);
        second.setAlignment(Pos.CENTER_LEFT);

        summary.getStyleClass().add(BoardStyles.SITE_SUMMARY);
        summary.setId("summary-" + site.id());
        summary.setMinWidth(0);
        getChildren().addAll(first, second, summary);

        site.resources().forEach(resource -> {
            ResourceRow row = new ResourceRow(resource, messages, rpo);
            rows.put(resource.id(), row);
            getChildren().add(row);
        });
        renderWords();
    }

    Site site() {
        return site;
    }

    /** Folds the card to its summary, or unfolds it to show every resource again. */
    void setFolded(boolean fold) {
        folded = fold;
        rows.values().forEach(row -> {
            row.setVisible(!fold);
            row.setManaged(!fold);
        });
        ((FontIcon) this.fold.getGraphic()).setIconCode(fold ? Material2AL.EXPAND_MORE : Material2AL.EXPAND_LESS);
        pseudoClassStateChanged(BoardStyles.FOLDED, fold);
        renderWords();
    }

    /** Shows this site's entries from a new snapshot. */
    void show(List<BoardEntry> siteEntries, java.time.Instant now) {
        entries = List.copyOf(siteEntries);
        siteEntries.forEach(e -> {
            ResourceRow row = rows.get(e.resourceId());
            if (row != null) {
                row.show(e, now);
            }
        });
        renderWords();
    }

    void render(java.time.Instant now) {
        rows.values().forEach(row -> row.render(now));
        renderWords();
    }

    private void renderWords() {
        role.setText(messages.get("board.site.role." + site.role().name().toLowerCase(Locale.ROOT)));
        fold.getTooltip().setText(messages.get(folded ? "board.unfold" : "board.fold"));
        if (entries.isEmpty()) {
            summary.setText("");
            return;
        }
        SiteSummary sum = SiteSummary.of(entries);
        List<String> parts = new ArrayList<>();
        for (SiteSummary.Part part : sum.parts()) {
            String words = messages.get(part.wordsKey()).toLowerCase(messages.locale());
            parts.add(parts.isEmpty() ? messages.get("board.summary", part.count(), part.total(), words)
                    : messages.get("board.summary.more", part.count(), words));
        }
        summary.setText(String.join(" · ", parts));
        PseudoClasses.choose(summary, LEVELS, sum.level().pseudoClass());
        PseudoClasses.choose(this, LEVELS, sum.level().pseudoClass());
    }

    private static void grow(Label label) {
        label.setMinWidth(0);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
    }
}
