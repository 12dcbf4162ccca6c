package dev.warroom.console.report;

import dev.warroom.console.tasks.Background;
import dev.warroom.console.tasks.Lane;
import dev.warroom.core.plan.model.ReportTemplate;
import dev.warroom.core.report.doc.ReportDocument;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.report.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The report view's model: the template and language chosen, the document they give for the journal as
 * it stands, the author's entries and the exports. Building, journalling and writing files run on the
 * view's own lanes; results come back through {@link Background#fx()}. The FX thread never reads the
 * journal, builds a document, renders one or waits for the writer. Rebuilds coalesce: however many events
 * arrive while one builds, one more follows. Use on the FX thread.
 */
public final class ReportViewModel {

    /** The languages a report is written in, in the order offered. */
    public static final List<TextLanguage> LANGUAGES = List.of(TextLanguage.ENGLISH, TextLanguage.TRADITIONAL_CHINESE,
            TextLanguage.SIMPLIFIED_CHINESE);

    private final ReportJournal journal;
    private final ReportMaking making;
    private final Background background;
    private final Lane building;
    private final Lane exporting;
    private final AtomicBoolean rebuildQueued = new AtomicBoolean();
    private volatile Choice choice;
    private volatile boolean closed;

    private final ObservableList<ReportTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<ReportTemplate> templatesView = FXCollections.unmodifiableObservableList(templates);
    private final ObjectProperty<ReportTemplate> template = new SimpleObjectProperty<>();
    private final ObjectProperty<TextLanguage> language = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ReportDocument> document = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper rebuilding = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<ExportOutcome>> exported = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyBooleanWrapper exportRunning = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Optional<FieldOutcome>> fieldSaved = new ReadOnlyObjectWrapper<>(Optional.empty());

    /** The template's id (empty: the incident's default, not yet known) and the language a document is built for. */
    private record Choice(Optional<String> template, TextLanguage language) {
    }

    /** What became of an author's entry: journalled, or refused with the words why. */
    public record FieldOutcome(FieldEntry entry, Optional<String> refusal) {
    }

    public ReportViewModel(ReportJournal journal, ReportMaking making, Background background, TextLanguage startLanguage) {
        this.journal = journal;
        this.making = making;
        this.background = background;
        this.building = background.lane("report-preview");
        this.exporting = background.lane("report-export");
        this.choice = new Choice(Optional.empty(), startLanguage);
        language.set(startLanguage);
        template.addListener((obs, before, now) -> {
            if (now != null) {
                choose(new Choice(Optional.of(now.id()), choice.language()));
            }
        });
        language.addListener((obs, before, now) -> {
            if (now != null) {
                choose(new Choice(choice.template(), now));
            }
        });
        journal.onChange(this::rebuild);
        rebuild();
    }

    private void choose(Choice next) {
        if (!next.equals(choice)) {
            choice = next;
            rebuild();
        }
    }

    // ---- the preview -----------------------------------------------------------------------

    /**
     * Builds the document again from the journal as it stands, on the preview lane; any thread. While one
     * build waits its turn, further calls add nothing: it reads the journal when it runs.
     */
    public void rebuild() {
        if (closed || !rebuildQueued.compareAndSet(false, true)) {
            return;
        }
        background.fx().execute(() -> rebuilding.set(true));
        try {
            building.execute(this::build);
        } catch (RejectedExecutionException closing) {
            rebuildQueued.set(false);
        }
    }

    private void build() {
        rebuildQueued.set(false);
        Choice wanted = choice;
        try {
            ReportJournal.Contents contents = journal.read();
            List<ReportTemplate> offered = making.templates(journal.plan(), wanted.language());
            ReportTemplate chosen = wanted.template().flatMap(id -> offered.stream().filter(t -> t.id().equals(id)).findFirst())
                    .orElseGet(() -> making.defaultTemplate(journal.plan(), contents.events(), wanted.language()));
            ReportDocument built = making.build(journal.plan(), contents.events(), contents.verdict(), chosen, wanted.language());
            background.fx().execute(() -> {
                Choice now = choice;
                if (!wanted.language().equals(now.language())) {
                    return;
                }
                if (!templates.equals(offered)) {
                    templates.setAll(offered);
                }
                if (now.template().isEmpty() || now.template().get().equals(chosen.id())) {
                    choice = new Choice(Optional.of(chosen.id()), now.language());
                    if (template.get() == null || !template.get().equals(chosen)) {
                        template.set(chosen);
                    }
                    document.set(built);
                }
                problem.set("");
                rebuilding.set(rebuildQueued.get());
            });
        } catch (IOException | RuntimeException e) {
            String why = words(e);
            background.fx().execute(() -> {
                problem.set(why);
                rebuilding.set(rebuildQueued.get());
            });
        }
    }

    public ObservableList<ReportTemplate> templates() {
        return templatesView;
    }

    /** The template chosen; setting it rebuilds the preview. Empty until the first build chose the incident's default. */
    public ObjectProperty<ReportTemplate> templateProperty() {
        return template;
    }

    /** The language of the report's own words; setting it rebuilds the preview. */
    public ObjectProperty<TextLanguage> languageProperty() {
        return language;
    }

    /** The document last built for the current choice; null until the first build is done. */
    public ReadOnlyObjectProperty<ReportDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    /** Why the last build failed, in words; empty when it did not. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while a build is queued or running. */
    public ReadOnlyBooleanProperty rebuildingProperty() {
        return rebuilding.getReadOnlyProperty();
    }

    public String journalName() {
        return journal.file().getFileName().toString();
    }

    public Path journalFile() {
        return journal.file();
    }

    // ---- the author's fields -----------------------------------------------------------------

    /** Journals what the author typed into a field; the preview rebuilds once it is journalled. */
    public void set(FieldEntry entry) {
        journal.set(entry).whenComplete((done, failed) -> {
            Optional<String> refusal = failed == null ? Optional.empty() : Optional.of(words(failed));
            background.fx().execute(() -> fieldSaved.set(Optional.of(new FieldOutcome(entry, refusal))));
            if (failed == null) {
                rebuild();
            }
        });
    }

    /** The outcome of the author's last entry; empty until one was made. */
    public ReadOnlyObjectProperty<Optional<FieldOutcome>> fieldSavedProperty() {
        return fieldSaved.getReadOnlyProperty();
    }

    // ---- exports -----------------------------------------------------------------------------

    /**
     * Writes the document now previewed to {@code file} in {@code format}, on the export lane: into a file
     * beside it first, moved over {@code file} once complete, so a failed export leaves no half a report.
     */
    public void export(ReportFormat format, Path file) {
        ReportDocument shown = document.get();
        if (shown == null) {
            exported.set(Optional.of(ExportOutcome.failed(format, file, "the report is not built yet")));
            return;
        }
        exportRunning.set(true);
        try {
            exporting.execute(() -> {
                ExportOutcome outcome = write(shown, format, file);
                background.fx().execute(() -> {
                    exportRunning.set(false);
                    exported.set(Optional.of(outcome));
                });
            });
        } catch (RejectedExecutionException closing) {
            exportRunning.set(false);
        }
    }

    private ExportOutcome write(ReportDocument shown, ReportFormat format, Path file) {
        Path partial = file.resolveSibling(file.getFileName() + ".partial");
        try {
            Path folder = file.toAbsolutePath().getParent();
            if (folder != null) {
                Files.createDirectories(folder);
            }
            try (OutputStream out = Files.newOutputStream(partial)) {
                making.render(shown, format, out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
            return ExportOutcome.written(format, file);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the words of the first failure are the ones that matter
            }
            return ExportOutcome.failed(format, file, words(e));
        }
    }

    /** The last export's outcome; empty until one finished. */
    public ReadOnlyObjectProperty<Optional<ExportOutcome>> exportedProperty() {
        return exported.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportRunningProperty() {
        return exportRunning.getReadOnlyProperty();
    }

    /** The view is closing: no more builds or exports are taken (one under way finishes); the journal stops calling back. */
    public void close() {
        closed = true;
        journal.close();
        building.close();
        exporting.close();
    }

    static String words(Throwable failed) {
        Throwable cause = failed;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (cause instanceof java.nio.file.NoSuchFileException) {
            return "no such file or folder: " + message;
        }
        if (cause instanceof java.nio.file.AccessDeniedException) {
            return "not allowed to write " + message;
        }
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
