package dev.warroom.core.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Times written to the journal read back as the same instants, whatever their precision. */
class UtcInstantsTest {

    @Property(tries = 2000)
    void everyWrittenTimeReadsBackUnchanged(@ForAll @LongRange(min = -62_135_596_800L, max = 253_402_300_799L) long seconds,
                                           @ForAll @LongRange(min = 0, max = 999_999_999) long nanos,
                                           @ForAll @LongRange(min = 0, max = 3) long precision) {
        long truncated = precision == 0 ? 0 : precision == 1 ? nanos / 1_000_000 * 1_000_000
                : precision == 2 ? nanos / 1_000 * 1_000 : nanos;
        Instant written = Instant.ofEpochSecond(seconds, truncated);

        assertThat(UtcInstants.parse(written.toString())).isEqualTo(written);
    }

    @Example
    void timesOutsideTheCommonFormStillParseOrFailClearly() {
        assertThat(UtcInstants.parse("+10000-01-01T00:00:00Z")).isEqualTo(Instant.parse("+10000-01-01T00:00:00Z"));
        assertThatThrownBy(() -> UtcInstants.parse("2026-02-30T10:00:00Z")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> UtcInstants.parse("2026-03-14 10:00:00")).isInstanceOf(DateTimeException.class);
        assertThatThrownBy(() -> UtcInstants.parse("2026-03-14T10:61:00Z")).isInstanceOf(DateTimeException.class);
    }
}
