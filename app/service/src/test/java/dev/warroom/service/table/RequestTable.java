package dev.warroom.service.table;

import dev.warroom.core.incident.Mode;
import dev.warroom.service.ClockChoice;
import dev.warroom.service.IncidentHandle;
import dev.warroom.service.IncidentService;
import dev.warroom.service.OpenRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The requests every front end must open, resume or refuse alike, with the same words. Each row is
 * built in a folder of its own ({@link #build}); front ends run it their own way (the terminal's
 * {@code run}/{@code resume}, the console's start screen) and assert {@link RequestCase#refusal()}.
 */
public final class RequestTable {

    private static final String ALL_SCENARIOS = "pod-crash, db-primary-failure, az-failure, region-failure, data-corruption,"
            + " security-incident, node-failure, network-partition, human-error";

    private RequestTable() {
    }

    /** The names of the rows, for {@code @MethodSource}. */
    public static List<String> names() {
        return List.of("a tabletop opens", "a named scenario opens", "a missing plan file", "a plan that does not validate",
                "an unknown scenario", "a journal that already holds an incident", "a journal folder that is a file",
                "an unfinished incident resumes", "resuming a missing journal", "resuming an empty journal");
    }

    public static Path plan() {
        return Path.of(System.getProperty("warroom.root", "../.."), "plans", "ai-workflow.yaml").toAbsolutePath().normalize();
    }

    /** Builds row {@code name} in {@code dir}: the files it needs, and what must come of it. */
    public static RequestCase build(String name, Path dir) throws Exception {
        Path journal = dir.resolve("incident.jsonl");
        return switch (name) {
            case "a tabletop opens" -> open(name, plan(), Optional.empty(), journal, null);
            case "a named scenario opens" -> open(name, plan(), Optional.of("region-failure"), journal, null);
            case "a missing plan file" -> {
                Path missing = dir.resolve("nowhere.yaml");
                yield open(name, missing, Optional.empty(), journal, missing + " does not validate; fix it first");
            }
            case "a plan that does not validate" -> {
                Path broken = Files.writeString(dir.resolve("broken.yaml"), "formatVersion: 1\nid: Not Kebab\n", StandardCharsets.UTF_8);
                yield open(name, broken, Optional.empty(), journal, broken + " does not validate; fix it first");
            }
            case "an unknown scenario" -> open(name, plan(), Optional.of("meteor-strike"), journal,
                    "no scenario 'meteor-strike' in " + plan() + "; the plan has: " + ALL_SCENARIOS);
            case "a journal that already holds an incident" -> {
                openAndLeave(journal);
                yield open(name, plan(), Optional.empty(), journal, journal + " already holds an incident");
            }
            case "a journal folder that is a file" -> {
                Path file = Files.writeString(dir.resolve("not-a-folder"), "x", StandardCharsets.UTF_8);
                Path inside = file.resolve("incident.jsonl");
                yield open(name, plan(), Optional.empty(), inside, "cannot journal to " + inside + ": " + file + " is a file, not a folder");
            }
            case "an unfinished incident resumes" -> {
                openAndLeave(journal);
                yield resume(name, journal, null);
            }
            case "resuming a missing journal" -> {
                Path missing = dir.resolve("nowhere.jsonl");
                yield resume(name, missing, missing + ": no such journal");
            }
            case "resuming an empty journal" -> {
                Files.createFile(journal);
                yield resume(name, journal, journal + " holds no incident to resume");
            }
            default -> throw new IllegalArgumentException("no row '" + name + "' in the request table");
        };
    }

    /** Opens a TABLETOP of the plan into {@code journal} and closes it unfinished, as a crash or a closed window would. */
    public static void openAndLeave(Path journal) throws Exception {
        IncidentService service = new IncidentService();
        OpenRequest request = OpenRequest.of(plan(), Mode.TABLETOP, Optional.empty(), journal, "table", ClockChoice.virtualTime());
        try (IncidentHandle handle = service.open(service.prepareOpen(request))) {
            handle.commands().note(dev.warroom.core.incident.NoteKind.NOTE, "left unfinished for the request table").get();
        }
    }

    private static RequestCase open(String name, Path plan, Optional<String> scenario, Path journal, String refusal) {
        return new RequestCase(name, RequestCase.Kind.OPEN, plan, scenario, journal, Optional.ofNullable(refusal));
    }

    private static RequestCase resume(String name, Path journal, String refusal) throws IOException {
        return new RequestCase(name, RequestCase.Kind.RESUME, plan(), Optional.empty(), journal, Optional.ofNullable(refusal));
    }
}
