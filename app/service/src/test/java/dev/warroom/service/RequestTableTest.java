package dev.warroom.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.warroom.core.incident.Mode;
import dev.warroom.core.journal.JournalAccessException;
import dev.warroom.service.table.RequestCase;
import dev.warroom.service.table.RequestTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The request table straight through the service: what both front ends show is these words. */
class RequestTableTest {

    @TempDir
    Path dir;

    static Stream<String> rows() {
        return RequestTable.names().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void theServiceOpensOrRefusesEachRequestInWords(String row) throws Exception {
        RequestCase c = RequestTable.build(row, dir);
        IncidentService service = new IncidentService();
        byte[] before = Files.isRegularFile(c.journal()) ? Files.readAllBytes(c.journal()) : null;

        if (c.opens()) {
            try (IncidentHandle handle = c.kind() == RequestCase.Kind.OPEN
                    ? service.open(service.prepareOpen(OpenRequest.of(c.plan(), Mode.TABLETOP, c.scenario(), c.journal(), "tester",
                            ClockChoice.virtualTime())))
                    : service.resume(service.prepareResume(ResumeRequest.of(c.journal(), "tester", ClockChoice.virtualTime())))) {
                assertThat(handle.state().currentNode()).isPresent();
            }
            return;
        }
        assertThatThrownBy(() -> {
            if (c.kind() == RequestCase.Kind.OPEN) {
                service.prepareOpen(OpenRequest.of(c.plan(), Mode.TABLETOP, c.scenario(), c.journal(), "tester", ClockChoice.virtualTime()));
            } else {
                service.prepareResume(ResumeRequest.of(c.journal(), "tester", ClockChoice.virtualTime())).close();
            }
        }).isInstanceOfAny(RequestRefusedException.class, JournalAccessException.class).hasMessageContaining(c.refusal().get());
        if (before == null) {
            assertThat(Files.isRegularFile(c.journal()) && Files.size(c.journal()) > 0).as("a refused request journals nothing").isFalse();
        } else {
            assertThat(Files.readAllBytes(c.journal())).as("a refused request leaves the journal alone").isEqualTo(before);
        }
    }
}
