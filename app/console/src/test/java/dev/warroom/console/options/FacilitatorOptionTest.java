package dev.warroom.console.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --facilitator} asks for the facilitator's window beside the room; it takes no value, and the console starts without it by default. */
class FacilitatorOptionTest {

    @Test
    void theFacilitatorWindowOpensOnlyWhenAskedFor() {
        assertThat(ConsoleOptions.parse(List.of()).facilitator()).isFalse();
        assertThat(ConsoleOptions.parse(List.of("--facilitator")).facilitator()).isTrue();
        ConsoleOptions both = ConsoleOptions.parse(List.of("--facilitator", "--clock", "accelerated", "--speed", "60"));
        assertThat(both.facilitator()).isTrue();
        assertThat(both.speed()).isEqualTo(60);
    }

    @Test
    void aMistypedOptionNamesTheFacilitatorOptionAmongTheOnesThereAre() {
        assertThatThrownBy(() -> ConsoleOptions.parse(List.of("--facilitate", "yes"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--facilitator");
    }
}
