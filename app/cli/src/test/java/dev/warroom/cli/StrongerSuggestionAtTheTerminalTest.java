package dev.warroom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.warroom.core.incident.Incident;
import dev.warroom.core.incident.IncidentRuntime;
import dev.warroom.core.incident.SuggestedAnswer;
import dev.warroom.core.incident.SuggestionProgress;
import dev.warroom.core.plan.load.PlanLoader;
import dev.warroom.core.plan.model.DecisionNode;
import dev.warroom.core.plan.model.Plan;
import dev.warroom.core.tabletop.TabletopRuntime;
import dev.warroom.core.text.TextLanguage;
import dev.warroom.core.time.VirtualClock;
import java.io.BufferedReader;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The AI Workflow region-failure tabletop at T+1m, asked at the terminal: "Some services" is offered, "All services"
 * is still building, and the countdown line above the prompt is rewritten in place while the commander types.
 */
class StrongerSuggestionAtTheTerminalTest {

    private static final String SAVE_UP_CLEAR = "\0337\033[1A\r\033[2K";
    private static final String RESTORE = "\0338";
    private static final Instant T0 = Instant.parse("2026-11-21T03:00:00Z");

    @TempDir
    Path dir;

    private final VirtualClock clock = new VirtualClock(T0);
    private Plan plan;
    private IncidentRuntime runtime;
    private Incident incident;

    @BeforeEach
    void atImpactScopeAtOneMinute() throws Exception {
        plan = new PlanLoader().load(Incidents.plan()).plan().orElseThrow();
        runtime = TabletopRuntime.open(new TabletopRuntime.Tabletop(plan, Incidents.plan().toString(), "test",
                plan.scenarios().stream().filter(s -> s.id().equals("region-failure")).findFirst(), dir.resolve("incident.jsonl"),
                clock, 7, Duration.ZERO, false, "alice", "region failure"), e -> { });
        incident = runtime.incident();
        incident.answer("confirmed", "alice");
        incident.answer("no", "alice");
        incident.observe();
        clock.advance(Duration.ofMinutes(1));
        incident.observe();
    }

    @AfterEach
    void close() throws Exception {
        runtime.close();
    }

    @Test
    void theStrongerSuggestionIsShownWithItsEvidenceAndBothCountdownsRefreshAboveThePrompt() throws Exception {
        StringWriter screen = new StringWriter();
        PrintWriter terminal = new PrintWriter(screen, true);
        PipedWriter keyboard = new PipedWriter();
        BufferedReader typed = new BufferedReader(new PipedReader(keyboard));
        CountdownLine countdown = new CountdownLine(terminal, true, Duration.ofMillis(50));
        TerminalCommander commander = new TerminalCommander("alice", typed, terminal, TextLanguage.ENGLISH, plan, watch(), countdown);
        DecisionNode node = incident.currentNode().orElseThrow();
        Optional<SuggestedAnswer> suggestion = incident.refreshSuggestion();

        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> commander.answer(node, suggestion,
                incident.strongerSuggestionPendingFor()));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> screen.toString().contains("answer [1-2], Enter for the suggestion: "));
        String asked = screen.toString();
        assertThat(asked).contains("  1) Some services   <- suggested by live signals")
                .contains("  building: 2) All services — Everything in East US is down")
                .contains("    evidence: ")
                .contains("  signals: 1) held 1m (needs 30s) · 2) may replace it in 4m (held 1m of 5m)\nanswer [1-2], Enter for the suggestion: ");

        clock.advance(Duration.ofSeconds(30));
        String rewritten = SAVE_UP_CLEAR + "  signals: 1) held 1m30s (needs 30s) · 2) may replace it in 3m30s (held 1m30s of 5m)" + RESTORE;
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> screen.toString().contains(rewritten));
        String afterPrompt = screen.toString().substring(asked.length());
        assertThat(afterPrompt).as("only the line above the prompt is rewritten: no new line, the prompt never printed again")
                .doesNotContain("\n").doesNotContain("answer [1-2]");

        keyboard.write("2\n");
        keyboard.flush();
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("all");
        int answeredAt = screen.toString().length();
        Awaitility.await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> screen.toString().length() == answeredAt);
    }

    @Test
    void outputPrintedUnderAnOpenPromptStopsTheRewriting() throws Exception {
        StringWriter screen = new StringWriter();
        PrintWriter terminal = new PrintWriter(screen, true);
        PipedWriter keyboard = new PipedWriter();
        CountdownLine countdown = new CountdownLine(terminal, true, Duration.ofMillis(50));
        TerminalCommander commander = new TerminalCommander("alice", new BufferedReader(new PipedReader(keyboard)), terminal,
                TextLanguage.ENGLISH, plan, watch(), countdown);
        DecisionNode node = incident.currentNode().orElseThrow();
        Optional<SuggestedAnswer> suggestion = incident.refreshSuggestion();
        CompletableFuture<String> answer = CompletableFuture.supplyAsync(() -> commander.answer(node, suggestion, Optional.empty()));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> screen.toString().endsWith("Enter for the suggestion: "));

        countdown.otherOutput();
        terminal.println("[03:01:00 T+1m] something the echo printed");
        int printed = screen.toString().length();
        clock.advance(Duration.ofSeconds(30));

        Awaitility.await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(5)).until(() -> screen.toString().length() == printed);
        keyboard.write("\n");
        keyboard.flush();
        assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("partial");
    }

    private SuggestionWatch watch() {
        return new SuggestionWatch() {
            @Override
            public List<SuggestionProgress> progress() {
                return incident.suggestionProgress();
            }

            @Override
            public Optional<Instant> seenAt() {
                return incident.signalsSeenAt();
            }

            @Override
            public Instant now() {
                return clock.now();
            }
        };
    }
}
