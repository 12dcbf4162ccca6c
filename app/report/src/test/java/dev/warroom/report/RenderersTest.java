package dev.warroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RenderersTest {

    @Test
    void markdownCsvAndJsonAreInstalledEachForItsOwnFormat() throws Exception {
        assertThat(Renderers.available()).contains(ReportFormat.MD, ReportFormat.CSV, ReportFormat.JSON);
        for (ReportFormat format : Renderers.available()) {
            assertThat(Renderers.of(format).orElseThrow().format()).isEqualTo(format);
        }
    }

    @Test
    void theCsvRendererByDefaultWritesTheTimeline() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Renderers.of(ReportFormat.CSV).orElseThrow().render(TestDocuments.drill(), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("\uFEFFTime,T+,Event,Actor,Outcome\r\n");
    }
}
