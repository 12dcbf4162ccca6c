package dev.warroom.service;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.warroom.core.incident.IncidentEvent;
import dev.warroom.core.incident.PinnedPlan;
import dev.warroom.core.incident.PlanAdoption;
import dev.warroom.core.plan.PlanDigest;
import dev.warroom.service.words.ServiceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which plan a resumed incident runs: the one its journal keeps (the plan it opened with, or the one the
 * commander last adopted), never a file that changed meanwhile. A changed or different file is reported;
 * running it instead is an explicit adoption, journalled, that every in-flight and unknown outcome must
 * survive. Journals written before plans were kept resume with the file, as before, with a warning.
 */
final class PlanToResume {

    /** The plan to run, what to tell the commander, and the adoption to journal (if one was asked for). */
    record Decision(CheckedPlan plan, List<String> warnings, Optional<ObjectNode> adoption) {
    }

    private PlanToResume() {
    }

    static Decision decide(List<IncidentEvent> events, ResumeRequest request) throws RequestRefusedException {
        PinnedPlan pinned = PinnedPlan.latest(events).orElseThrow(() -> new RequestRefusedException(
                RequestRefusedException.Kind.PROBLEMS, ServiceText.of("resume.no-incident", request.journal())));
        List<String> warnings = new ArrayList<>();
        CheckedPlan running = running(pinned, request, warnings);
        if (request.adoptPlan().isEmpty()) {
            return new Decision(running, warnings, Optional.empty());
        }
        Path file = request.adoptPlan().get();
        CheckedPlan next = CheckedPlan.read(file);
        if (next.digest().equals(running.digest())) {
            warnings.add(file + " is the plan the incident already runs: nothing to adopt");
            return new Decision(running, warnings, Optional.empty());
        }
        List<String> problems = PlanAdoption.problems(running.plan(), next.plan(), events);
        if (!problems.isEmpty()) {
            throw new RequestRefusedException(RequestRefusedException.Kind.PROBLEMS, ServiceText.of("resume.adopt-refused", file), problems);
        }
        ObjectNode adoption = JsonNodeFactory.instance.objectNode().put("planFile", file.toString()).put("planSha256", next.digest())
                .put("fromSha256", running.digest()).put("fromPlanFile", running.file().toString()).put("planText", next.text());
        warnings.add("adopting " + file + " in place of " + running.file() + " from here on (journalled as plan.adopted)");
        return new Decision(next, warnings, Optional.of(adoption));
    }

    private static CheckedPlan running(PinnedPlan pinned, ResumeRequest request, List<String> warnings) throws RequestRefusedException {
        Path recorded = Path.of(pinned.file());
        Path file = request.planFile().orElse(recorded);
        if (pinned.exact()) {
            CheckedPlan kept = CheckedPlan.kept(recorded, pinned.text().orElseThrow());
            digest(file).filter(d -> !d.equals(pinned.sha256())).ifPresent(d -> warnings.add(file + " is not the plan this incident"
                    + " runs (it has changed, or is another plan); resuming with the plan kept in the journal, " + pinned.words()
                    + "; to run " + file + " instead, adopt it: --adopt-plan " + file));
            return kept;
        }
        boolean redacted = pinned.text().isPresent();
        if (!Files.isRegularFile(file)) {
            throw new RequestRefusedException(RequestRefusedException.Kind.PROBLEMS,
                    ServiceText.of(redacted ? "resume.plan-missing.redacted" : "resume.plan-missing", file));
        }
        CheckedPlan onDisk = CheckedPlan.read(file);
        boolean changed = !pinned.sha256().isEmpty() && !pinned.sha256().equals(onDisk.digest());
        if (redacted && changed) {
            throw new RequestRefusedException(RequestRefusedException.Kind.PROBLEMS,
                    ServiceText.of("resume.plan-changed.redacted", file));
        }
        if (!redacted) {
            warnings.add("this journal was written before WarRoom kept the plan in the journal: resuming with " + file + " as it is now");
            if (changed) {
                warnings.add(file + " has changed since the incident ran (SHA-256 differs)");
            }
        }
        return onDisk;
    }

    private static Optional<String> digest(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(PlanDigest.sha256(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
