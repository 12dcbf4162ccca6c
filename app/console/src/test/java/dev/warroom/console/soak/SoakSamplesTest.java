package dev.warroom.console.soak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoakSamplesTest {

    @Test
    void theSlopeAfterTheFirstHourIgnoresTheWarmUpAndReadsMegabytesPerIncidentHour(@TempDir Path dir) throws Exception {
        // RSS climbs 100 MB in the first hour, then 2 MB per hour; the heap is flat after the first hour
        StringBuilder csv = new StringBuilder(SoakRun.CSV_HEADER).append('\n');
        for (int minute = 0; minute <= 240; minute += 10) {
            double rss = minute <= 60 ? 200 + minute * 100 / 60.0 : 300 + (minute - 60) * 2 / 60.0;
            double heap = minute <= 60 ? 40 + minute / 2.0 : 70;
            csv.append(minute * 3.75).append(',').append(minute).append(',').append(rss).append(',').append(heap)
                    .append(",120,").append(minute / 2).append(',').append(minute).append(",3\n");
        }
        Path file = Files.writeString(dir.resolve("memory-soak.csv"), csv, StandardCharsets.UTF_8);

        SoakSamples samples = SoakSamples.read(file);

        assertThat(samples.peakRssMb()).isEqualTo(306.0, offset(0.01));
        assertThat(samples.rssSlopePerHour(60)).isEqualTo(2.0, offset(0.01));
        assertThat(samples.heapSlopePerHour(60)).isEqualTo(0.0, offset(0.01));
        assertThat(samples.rssSlopePerHour(0)).as("the first hour's climb, if counted").isGreaterThan(10);
    }
}
