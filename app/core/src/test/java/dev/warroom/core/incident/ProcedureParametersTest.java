package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.plan.validate.Severity;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values taken at run time: asked once when the procedure starts, read from the world, frozen, journalled, filled in, kept on resume. */
class ProcedureParametersTest {

    @TempDir
    Path dir;

    @Test
    void theTestPlanValidatesWithoutErrors() {
        assertThat(ParamsRig.validated().problems()).noneMatch(p -> p.severity() == Severity.ERROR);
    }

    @Test
    void anAskedValueIsAskedOnceAtTheStartAndFilledIntoThePrompt() throws Exception {
        try (ParamsRig rig = ParamsRig.open(dir.resolve("j.jsonl"), "east-outage")) {
            assertThat(rig.incident.missingParameters()).extracting(r -> r.parameter().id()).containsExactly("restore-point");
            assertThat(rig.incident.missingParameters().get(0).defaultValue()).contains("2026-11-21T02:55:00Z");

            assertThatThrownBy(() -> rig.incident.setParameter("failover", "restore-point", "yesterday", "alice"))
                    .isInstanceOf(IncidentStateException.class).hasMessageContaining("must match");
            rig.incident.setParameter("failover", "restore-point", "2026-11-21T02:40:00Z", "alice");

            assertThat(rig.incident.missingParameters()).isEmpty();
            assertThat(rig.incident.parameters()).containsEntry("restore-point", "2026-11-21T02:40:00Z");
            IncidentEvent set = rig.events(EventTypes.PARAMETER_SET).get(0);
            assertThat(set.actor()).isEqualTo("alice");
            assertThat(set.text("source")).isEqualTo("asked");
            assertThat(set.text("value")).isEqualTo("2026-11-21T02:40:00Z");
            StepProposal go = rig.incident.propose().orElseThrow();
            assertThat(go.step().prompt()).isEqualTo("Fail over to West, restoring to 2026-11-21T02:40:00Z?");
            assertThatThrownBy(() -> rig.incident.setParameter("failover", "restore-point", "2026-11-21T02:41:00Z", "bob"))
                    .isInstanceOf(IncidentStateException.class).hasMessageContaining("already set");
        }
    }

    @Test
    void aStepCannotBeConfirmedWhileAValueItNeedsIsMissing() throws Exception {
        try (ParamsRig rig = ParamsRig.open(dir.resolve("j.jsonl"), "east-outage")) {
            rig.incident.propose();
            assertThatThrownBy(() -> rig.incident.confirm("alice", ""))
                    .isInstanceOf(ConfirmationRefusedException.class).hasMessageContaining("'restore-point'");
            assertThat(rig.step("go").status()).isEqualTo(StepStatus.PROPOSED);
        }
    }

    @Test
    void aReadingIsShownInThePreviewFrozenAtConfirmationAndFilledIntoTheAction() throws Exception {
        try (ParamsRig rig = ParamsRig.open(dir.resolve("j.jsonl"), "east-outage")) {
            StepProposal pointDns = runUntil(rig, "point-dns");

            assertThat(pointDns.values()).singleElement().satisfies(v -> {
                assertThat(v.parameter()).isEqualTo("dr-address");
                assertThat(v.value()).contains("20.50.60.70");
                assertThat(v.source()).isEqualTo("reading now");
            });
            assertThat(pointDns.step().action().params()).containsEntry("value", "20.50.60.70");
            assertThat(pointDns.step().verify().value()).isEqualTo("20.50.60.70");
            assertThat(pointDns.preview().orElseThrow().summary()).contains("20.50.60.70");
            assertThat(rig.events(EventTypes.PARAMETER_SET)).extracting(e -> e.text("parameter")).doesNotContain("dr-address");

            rig.incident.confirm("alice", pointDns.typedConfirmation().orElse(""));

            IncidentEvent frozen = rig.events(EventTypes.PARAMETER_SET).stream()
                    .filter(e -> e.text("parameter").equals("dr-address")).findFirst().orElseThrow();
            assertThat(frozen.text("source")).isEqualTo("reading");
            assertThat(frozen.text("value")).isEqualTo("20.50.60.70");
            assertThat(frozen.text("resource")).isEqualTo("dr-lb");
            assertThat(frozen.text("observedAt")).isNotEmpty();
            StepOutcome outcome = rig.incident.run(Progress.NONE);
            assertThat(outcome.status()).isEqualTo(StepStatus.SUCCEEDED);
            IncidentEvent started = rig.events(EventTypes.STEP_STARTED).stream().filter(e -> e.text("step").equals("point-dns"))
                    .findFirst().orElseThrow();
            assertThat(started.data().path("params").path("value").asText()).isEqualTo("20.50.60.70");
        }
    }

    @Test
    void theAutopilotTakesTheDefaultAndTheReadingAndTheJournalSaysWhichIsWhich() throws Exception {
        try (ParamsRig rig = ParamsRig.open(dir.resolve("j.jsonl"), "east-outage")) {
            IncidentState end = rig.drive(new Autopilot());

            assertThat(end.status()).isEqualTo(IncidentStatus.RESOLVED);
            assertThat(rig.events(EventTypes.PARAMETER_SET)).extracting(e -> e.text("parameter") + "=" + e.text("value") + " (" + e.text("source") + ")")
                    .containsExactly("restore-point=2026-11-21T02:55:00Z (default)", "dr-address=20.50.60.70 (reading)");
        }
    }

    @Test
    void withNoDefaultAndNoReadingTheAutopilotAbortsNamingTheParameter() throws Exception {
        try (ParamsRig rig = ParamsRig.open(dir.resolve("j.jsonl"), "east-outage")) {
            Commander noValues = new AutopilotAnswering(request -> Optional.empty());
            IncidentState end = rig.drive(noValues);

            assertThat(end.status()).isEqualTo(IncidentStatus.ABORTED);
            assertThat(end.endReason()).get().asString().contains("parameter 'restore-point' of procedure 'failover'");
        }
    }

    @Test
    void onResumeTheJournalsValueIsUsedAndNothingIsAskedAgain() throws Exception {
        Path file = dir.resolve("j.jsonl");
        try (ParamsRig rig = ParamsRig.open(file, "east-outage")) {
            rig.incident.setParameter("failover", "restore-point", "2026-11-21T02:41:00Z", "alice");
            rig.incident.propose();
        }
        try (ParamsRig rig = ParamsRig.resume(file, "east-outage")) {
            assertThat(rig.incident.missingParameters()).isEmpty();
            assertThat(rig.incident.parameters()).containsEntry("restore-point", "2026-11-21T02:41:00Z");
            Commander refusesToBeAsked = new AutopilotAnswering(request -> {
                throw new AssertionError("asked again for " + request.parameter().id());
            });
            assertThat(rig.drive(refusesToBeAsked).status()).isEqualTo(IncidentStatus.RESOLVED);
            assertThat(rig.events(EventTypes.PARAMETER_SET)).extracting(e -> e.text("parameter"))
                    .containsExactly("restore-point", "dr-address");
        }
    }

    @Test
    void aResumedWorldIsRebuiltWithTheValuesTheActionsRanWith() throws Exception {
        Path file = dir.resolve("j.jsonl");
        try (ParamsRig rig = ParamsRig.open(file, "east-outage")) {
            StepProposal pointDns = runUntil(rig, "point-dns");
            rig.incident.confirm("alice", pointDns.typedConfirmation().orElse(""));
            assertThat(rig.incident.run(Progress.NONE).status()).isEqualTo(StepStatus.SUCCEEDED);
        }
        try (ParamsRig rig = ParamsRig.resume(file, "east-outage")) {
            rig.incident.observe();
            assertThat(rig.incident.readings().get("dns-api").observation().orElseThrow().attribute("target")).contains("20.50.60.70");
        }
    }

    /** Drives with the autopilot (default values) until {@code stepId} is proposed. */
    private static StepProposal runUntil(ParamsRig rig, String stepId) throws Exception {
        Autopilot autopilot = new Autopilot();
        while (true) {
            for (ParameterRequest request : rig.incident.missingParameters()) {
                rig.incident.setParameter(request.procedureId(), request.parameter().id(), autopilot.parameter(request).orElseThrow(),
                        "default", "alice");
            }
            StepProposal proposal = rig.incident.propose().orElseThrow();
            if (proposal.step().id().equals(stepId)) {
                return proposal;
            }
            rig.incident.confirm("alice", proposal.typedConfirmation().orElse(""));
            assertThat(rig.incident.run(Progress.NONE).status()).isEqualTo(StepStatus.SUCCEEDED);
        }
    }

    /** The autopilot, with parameters answered by the test. */
    private static final class AutopilotAnswering implements Commander {
        private final Autopilot autopilot = new Autopilot();
        private final java.util.function.Function<ParameterRequest, Optional<String>> values;

        AutopilotAnswering(java.util.function.Function<ParameterRequest, Optional<String>> values) {
            this.values = values;
        }

        @Override
        public String name() {
            return autopilot.name();
        }

        @Override
        public String answer(dev.warroom.core.plan.model.DecisionNode node, Optional<SuggestedAnswer> suggestion,
                Optional<java.time.Duration> pending) {
            return autopilot.answer(node, suggestion, pending);
        }

        @Override
        public Confirmation confirm(StepProposal proposal) {
            return autopilot.confirm(proposal);
        }

        @Override
        public Recovery recover(StepProposal proposal) {
            return autopilot.recover(proposal);
        }

        @Override
        public Optional<String> parameter(ParameterRequest request) {
            return values.apply(request);
        }
    }
}
