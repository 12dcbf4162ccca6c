package dev.warroom.console.report;

import dev.warroom.report.ReportFormat;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Asks where to write an export; empty when the author cancelled. On the FX thread. */
@FunctionalInterface
public interface SaveAs {

    Optional<Path> ask(ReportFormat format, Path suggested, Window owner);

    /** The system's file chooser, starting beside the journal with the suggested name. */
    static SaveAs fileChooser(String title) {
        return (format, suggested, owner) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            Path folder = suggested.toAbsolutePath().getParent();
            if (folder != null && folder.toFile().isDirectory()) {
                chooser.setInitialDirectory(folder.toFile());
            }
            chooser.setInitialFileName(suggested.getFileName().toString());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.word().toUpperCase(java.util.Locale.ROOT),
                    "*." + format.word()));
            File chosen = chooser.showSaveDialog(owner);
            return Optional.ofNullable(chosen).map(File::toPath);
        };
    }
}
