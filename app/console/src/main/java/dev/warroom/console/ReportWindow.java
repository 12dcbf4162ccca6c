package dev.warroom.console;

import dev.warroom.console.i18n.Messages;
import dev.warroom.console.keys.Shortcuts;
import dev.warroom.console.palette.AppCommands;
import dev.warroom.console.palette.AppShell;
import dev.warroom.console.palette.CommandPalette;
import dev.warroom.console.palette.HelpOverlay;
import dev.warroom.console.report.ReportJournal;
import dev.warroom.console.report.ReportMaking;
import dev.warroom.console.report.ReportView;
import dev.warroom.console.report.ReportViewModel;
import dev.warroom.console.report.SaveAs;
import dev.warroom.console.tasks.Background;
import dev.warroom.console.theme.Theme;
import dev.warroom.console.theme.Themes;
import dev.warroom.core.text.TextLanguage;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The report view in a window of its own, beside the room or over the start screen: its own shell, palette
 * and keys, the console's language and theme. Closing it lets go of the journal it follows; the incident
 * stays open for the room.
 */
final class ReportWindow {

    static final double WIDTH = 1180;
    static final double HEIGHT = 768;

    private final Stage stage = new Stage();
    private final ReportViewModel vm;
    private final ReportView view;
    private final Scene scene;
    private final Path journal;
    private boolean closed;

    ReportWindow(ReportJournal journal, ReportMaking making, Background background, Messages messages, Theme theme,
            Consumer<Theme> applyTheme, SaveAs saveAs) {
        this.journal = journal.file();
        this.vm = new ReportViewModel(journal, making, background, TextLanguage.fromLocale(messages.locale()).orElse(TextLanguage.ENGLISH));
        AppShell shell = new AppShell();
        Shortcuts shortcuts = new Shortcuts();
        AppCommands.register(shortcuts, new CommandPalette(shortcuts, messages, shell), new HelpOverlay(shortcuts, messages, shell),
                messages, applyTheme);
        view = new ReportView(vm, messages, shortcuts, saveAs);
        shell.setScreen(view);
        scene = new Scene(shell, WIDTH, HEIGHT);
        Themes.apply(scene, theme);
        shell.guardKeys(scene, AppCommands.toggles());
        shortcuts.install(scene);
        stage.titleProperty().bind(messages.text("report.title", journal.file().getFileName()));
        stage.setScene(scene);
        stage.setOnHidden(e -> close());
    }

    void show() {
        stage.show();
        stage.toFront();
    }

    Path journal() {
        return journal;
    }

    Stage stage() {
        return stage;
    }

    Scene scene() {
        return scene;
    }

    /** The window goes: the view and its model let go of the journal; a build or export under way finishes unseen. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        view.stop();
        vm.close();
        stage.hide();
    }
}
