package dev.warroom.core.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The author's entries, checked when made and folded from the journal: the last entry wins, an empty one clears. */
class ReportFieldsTest {

    private long seq;

    private IncidentEvent event(ReportFieldEntry entry) {
        seq++;
        return new IncidentEvent(seq, Instant.EPOCH.plusSeconds(seq), "pat", EventTypes.REPORT_FIELD_SET, entry.toData(), "h" + seq);
    }

    @Test
    void laterEntriesReplaceEarlierOnesAndAnEmptyValueClears() {
        ReportFields fields = ReportFields.of(List.of(
                event(ReportFieldEntry.of("impact", "checkout down")),
                event(ReportFieldEntry.of("root-cause", "a guess")),
                event(ReportFieldEntry.of("impact", "checkout down for 14 minutes")),
                event(ReportFieldEntry.of("root-cause", "")),
                event(ReportFieldEntry.cell("action-items", "hotwash-2", "owner", "erin")),
                event(ReportFieldEntry.cell("action-items", "hotwash-1", "owner", "DBA Lead")),
                event(ReportFieldEntry.cell("action-items", "hotwash-2", "owner", "frank"))));

        assertThat(fields.fields()).containsExactly(java.util.Map.entry("impact", "checkout down for 14 minutes"));
        assertThat(fields.field("root-cause")).isEmpty();
        assertThat(fields.rows("action-items").keySet()).containsExactly("hotwash-2", "hotwash-1");
        assertThat(fields.cell("action-items", "hotwash-2", "owner")).contains("frank");
    }

    @Test
    void anEntryIsCheckedWhenMade() {
        assertThatThrownBy(() -> ReportFieldEntry.of("", "x")).hasMessage("a report field needs an id (e.g. root-cause); it was blank");
        assertThatThrownBy(() -> new ReportFieldEntry("problems", Optional.empty(), Optional.of("impact"), "x"))
                .hasMessage("report field 'problems': a table cell names both its row and its column (column 'impact' has no row)");
        assertThatThrownBy(() -> ReportFieldEntry.of("root\ncause", "x")).hasMessageContaining("holds a control character");
        assertThatThrownBy(() -> ReportFieldEntry.of("impact", "y".repeat(ReportFieldEntry.MAX_VALUE_LENGTH + 1)))
                .hasMessageContaining("at most 20000 fit in one entry");
    }

    @Test
    void dataNoWarRoomWroteIsLeftOutOfTheFold() {
        IncidentEvent odd = new IncidentEvent(1, Instant.EPOCH, "x", EventTypes.REPORT_FIELD_SET,
                JsonNodeFactory.instance.objectNode().put("field", "impact").put("row", "r1").put("value", "v"), "h");

        assertThat(ReportFields.of(List.of(odd)).isEmpty()).isTrue();
        assertThat(ReportFieldEntry.fromData(ReportFieldEntry.cell("t", "r", "c", " v ").toData()))
                .contains(ReportFieldEntry.cell("t", "r", "c", "v"));
    }
}
