package dev.warroom.console.start.importing;

import dev.warroom.importer.DocumentImporter;
import dev.warroom.importer.ImportResult;
import dev.warroom.importer.markdown.ImportFigures;
import dev.warroom.importer.markdown.MappingReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One document's way in: read and mapped on the background lane, reviewed, then saved as a plan (with the mapping report
 * beside it, {@code NAME.import.md}) and handed to the start screen to open. Properties change on the FX thread only.
 */
public final class DocumentImportViewModel {

    private final DocumentImporter importer;
    private final Executor work;
    private final Executor fx;
    private final Consumer<Path> openDraft;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<Reviewed>> reviewed = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");

    /** A document read and waiting for the author's decision. */
    public record Reviewed(Path document, ImportResult result, ImportFigures figures) {
    }

    public DocumentImportViewModel(DocumentImporter importer, Executor work, Executor fx, Consumer<Path> openDraft) {
        this.importer = importer;
        this.work = work;
        this.fx = fx;
        this.openDraft = openDraft;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Reviewed>> reviewedProperty() {
        return reviewed.getReadOnlyProperty();
    }

    /** Why the last save failed, in words; empty otherwise. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** Reads {@code document} off the FX thread; the result, refused or not, arrives in {@link #reviewedProperty()}. */
    public void importDocument(Path document) {
        busy.set(true);
        failure.set("");
        work.execute(() -> {
            ImportResult result = importer.importFile(document);
            ImportFigures figures = ImportFigures.of(result);
            fx.execute(() -> {
                busy.set(false);
                reviewed.set(Optional.of(new Reviewed(document, result, figures)));
            });
        });
    }

    /** Where the draft is offered to be saved: the document's folder, named by the plan's id. */
    public Optional<Path> suggestedTarget() {
        return reviewed.get().filter(r -> !r.result().refused()).map(r -> {
            Path folder = r.document().toAbsolutePath().getParent();
            return folder.resolve(r.result().planId() + ".yaml");
        });
    }

    /** Writes the draft and its mapping report off the FX thread, then opens the draft as the chosen plan. */
    public void save(Path target) {
        Optional<Reviewed> shown = reviewed.get().filter(r -> !r.result().refused());
        if (shown.isEmpty()) {
            return;
        }
        busy.set(true);
        failure.set("");
        ImportResult result = shown.get().result();
        String report = MappingReport.markdown(result, shown.get().document().getFileName().toString());
        work.execute(() -> {
            try {
                Files.writeString(target, result.planYaml(), StandardCharsets.UTF_8);
                Files.writeString(reportBeside(target), report, StandardCharsets.UTF_8);
                fx.execute(() -> {
                    busy.set(false);
                    reviewed.set(Optional.empty());
                    openDraft.accept(target);
                });
            } catch (IOException | RuntimeException e) {
                String words = target + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
                fx.execute(() -> {
                    busy.set(false);
                    failure.set(words);
                });
            }
        });
    }

    /** Closes the review without saving anything. */
    public void dismiss() {
        reviewed.set(Optional.empty());
        failure.set("");
    }

    static Path reportBeside(Path plan) {
        String name = plan.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return plan.resolveSibling(name + ".import.md");
    }
}
